using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// A form sent twice at once (a double click) or at the same moment as another editor's loses the race at SaveChanges:
/// the row it read is gone or changed, or the row it adds now exists. That request answers with the page as it now
/// stands (a redirect to its GET) and a note, never a 500. Nothing of the losing write was stored (one SaveChanges).
/// </summary>
public sealed partial class SimultaneousWriteFilter(ILogger<SimultaneousWriteFilter> logger) : IAsyncPageFilter
{
    private const int SqliteConstraintUnique = 2067;

    public const string Note = "This was changed at the same moment by another request (a second click?). Here is how it stands now; check it before trying again.";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.ExceptionHandled || !IsLostRace(executed.Exception)) return;
        var request = context.HttpContext.Request;
        LogLostRace(logger, request.Method, request.Path, executed.Exception!.GetBaseException().Message);
        executed.ExceptionHandled = true;
        if (executed.HandlerInstance is PageModel page) page.TempData["Message"] = Note;
        executed.Result = new RedirectResult(request.PathBase + request.Path);
    }

    private static bool IsLostRace(Exception? e) => e switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique } } => true,
        DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } } => true,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} lost a race with a simultaneous write: {Error}")]
    private static partial void LogLostRace(ILogger logger, string method, string path, string error);
}
