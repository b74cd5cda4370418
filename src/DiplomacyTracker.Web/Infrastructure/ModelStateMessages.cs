using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>Our own words for a field's problem, in place of the framework's (an empty non-nullable field already
/// carries "The Title field is required."; one message a problem, not two).</summary>
public static class ModelStateMessages
{
    public static void ReplaceErrors(this ModelStateDictionary modelState, string field, string message)
    {
        modelState.Remove(field);
        modelState.AddModelError(field, message);
    }
}
