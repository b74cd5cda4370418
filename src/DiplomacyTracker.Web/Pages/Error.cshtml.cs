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
            case 408:
                Heading = "Too slow";
                Explanation = "The form took too long to arrive, so it was not read. Nothing was saved; please send it again.";
                break;
            case 413:
                Heading = "Too much at once";
                Explanation = "What was sent is larger than this form accepts, so it was not read and nothing was saved. "
                              + "Articles can be pasted up to 2 MB of text; other forms take a few pages of text at most.";
                break;
            case 429:
                Heading = "Too many requests";
                Explanation = "Too many requests came from your address in a short time. Nothing was saved; wait a minute and try again.";
                break;
            case 503:
                Heading = "Busy";
                Explanation = "The site is busy answering other requests. Please try again in a few seconds.";
                break;
            case int c and < 500:
                Heading = $"Error {c}";
                Explanation = "The request could not be completed.";
                break;
        }
    }
}
