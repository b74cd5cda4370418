using DiplomacyTracker.Data;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`editors add &lt;email&gt; [--password P]`: creates an editor (the first one must come from here); prints a generated password when none is given.</summary>
internal sealed class EditorsAddCommand(CliConsole console, TrackerDbContext db, DatabaseInitializer initializer, TimeProvider clock) : ICliCommand
{
    public string Name => "editors add";

    public string Usage => "editors add <email> [--password P]   create an editor who can sign in to the web app";

    public async Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken)
    {
        var email = args.Positionals.FirstOrDefault() ?? throw new CliException("usage: editors add <email> [--password P]");
        var password = args.Has("password") ? args.Get("password") ?? throw new CliException("--password needs a value") : null;
        await initializer.InitializeAsync(cancellationToken);
        var result = await new EditorAccounts(db, clock).CreateAsync(email, password, cancellationToken);
        if (!result.Succeeded) throw new CliException(result.Error!);
        console.Out.WriteLine($"Editor {result.Editor!.Email} added.");
        if (password is null) console.Out.WriteLine($"Password: {result.Password}  (shown once; sign in at /Account/SignIn)");
        return 0;
    }
}
