using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages;

/// <summary>The friendly error page (never a stack trace) and the status-code pages.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";
    public string Explanation { get; private set; } = "The page could not be shown. The error was logged; please try again in a moment.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        switch (code)
        {
            case 404:
                Heading = "Page not found";
                Explanation = "There is nothing at this address. It may have been merged or deleted.";
                break;
            case 400:
                Heading = "Bad request";
                Explanation = "The form could not be read. Reload the page and try again.";
                break;
            case 403:
                Heading = "Not allowed";
                Explanation = "Only signed-in editors can do this.";
                break;
            case int c and < 500:
                Heading = $"Error {c}";
                Explanation = "The request could not be completed.";
                break;
        }
    }
}
