using Microsoft.AspNetCore.Mvc.Testing;

namespace DiplomacyTracker.Web.Tests.Infrastructure;

/// <summary>Signed-in clients: an editor account is created, then signs in by posting the real sign-in form.</summary>
public static class Editors
{
    public const string Password = "correct horse battery";

    public static HttpClient Anonymous(TrackerWebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<HttpClient> SignedInAsync(TrackerWebFactory factory, string? email = null)
    {
        email ??= $"editor-{Guid.NewGuid():N}@example.org";
        var created = await factory.CreateEditorAsync(email, Password);
        Assert.True(created.Succeeded, created.Error);
        var client = Anonymous(factory);
        var response = await client.SubmitFormAsync("/Account/SignIn", "main form", new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = Password,
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
