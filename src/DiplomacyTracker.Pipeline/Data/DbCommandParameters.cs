using System.Data.Common;

namespace DiplomacyTracker.Data;

/// <summary>Binds a named parameter on a raw ADO.NET command (the search and the per-year counts write their own SQL).</summary>
public static class DbCommandParameters
{
    public static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
