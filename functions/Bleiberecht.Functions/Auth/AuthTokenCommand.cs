using System.Globalization;
using System.Text.Json;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Functions.Commands;
using Bleiberecht.Functions.Deployment;
using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Auth;

/// <summary>
/// <c>auth token --role Counsellor --committee dortmund --email x@y [--hours 8]</c>: signs a development token for a
/// person of the committee configuration (unknown people are refused) and prints it. The key comes from
/// <c>Auth__DevelopmentKey</c> in the environment, else from <c>local.settings.json</c> or
/// <c>local.settings.sample.json</c> in the current directory (what <c>bf run</c> gives the app).
/// </summary>
internal sealed class AuthTokenCommand : ICliCommand
{
    private const int DefaultHours = 8;
    private const int MaxHours = 24 * 30;

    private readonly Func<string, string?> environment;
    private readonly string? workingDirectory;

    public AuthTokenCommand()
        : this(Environment.GetEnvironmentVariable, workingDirectory: null)
    {
    }

    /// <summary>For tests: where the settings come from instead of the process environment and current directory.</summary>
    internal AuthTokenCommand(Func<string, string?> environment, string? workingDirectory)
    {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    public IReadOnlyList<string> Verb { get; } = ["auth", "token"];

    public string Usage => "auth token --role ROLE [--committee ID] --email ADDRESS [--hours 8]   print a development token";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!TryParse(arguments, out var options) || !options.TryGetValue("role", out var roleText) || !options.TryGetValue("email", out var email))
        {
            await error.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        if (!Enum.TryParse<ActorRole>(roleText, ignoreCase: true, out var role) || !Enum.IsDefined(role) || role == ActorRole.System || int.TryParse(roleText, out _))
        {
            await error.WriteLineAsync($"Unknown role '{roleText}'; one of Counsellor, Secretariat, Member, ForeignersAuthority, Operator.");
            return 2;
        }

        var hours = DefaultHours;
        if (options.TryGetValue("hours", out var hoursText)
            && (!int.TryParse(hoursText, NumberStyles.None, CultureInfo.InvariantCulture, out hours) || hours is < 1 or > MaxHours))
        {
            await error.WriteLineAsync($"--hours must be a whole number from 1 to {MaxHours}.");
            return 2;
        }

        if (role != ActorRole.Operator && !options.ContainsKey("committee"))
        {
            await error.WriteLineAsync("--committee is required for every role but Operator.");
            return 2;
        }

        byte[] key;
        CommitteeCatalog committees;
        try
        {
            key = AuthSettings.ReadKey(FindKey()) ?? throw new InvalidConfigurationException(
                $"{AuthSettings.DevelopmentKeySetting} is not set (environment, local.settings.json or local.settings.sample.json).");
            committees = new CommitteeCatalog(CommitteeConfigurationLoader.LoadDirectory(CommitteesDirectory()));
        }
        catch (Exception e) when (e is InvalidConfigurationException or CommitteeConfigurationException or IOException)
        {
            await error.WriteLineAsync(e.Message);
            return 3;
        }

        var resolution = new PeopleDirectory(committees).Resolve(role, options.GetValueOrDefault("committee"), email);
        if (resolution.Actor is not { } actor)
        {
            await error.WriteLineAsync(resolution.ReasonEn);
            return 1;
        }

        await output.WriteLineAsync(DevelopmentTokens.Issue(actor, TimeProvider.System.GetUtcNow().AddHours(hours), key));
        return 0;
    }

    private static bool TryParse(IReadOnlyList<string> arguments, out Dictionary<string, string> options)
    {
        options = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] known = ["role", "committee", "email", "hours"];
        for (var i = 0; i < arguments.Count; i += 2)
        {
            var name = arguments[i].StartsWith("--", StringComparison.Ordinal) ? arguments[i][2..] : null;
            if (name is null || !known.Contains(name) || i + 1 >= arguments.Count || !options.TryAdd(name, arguments[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    private string? FindKey()
    {
        if (environment(AuthSettings.DevelopmentKeySetting) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        foreach (var name in new[] { "local.settings.json", "local.settings.sample.json" })
        {
            var file = Path.Combine(workingDirectory ?? Directory.GetCurrentDirectory(), name);
            if (!File.Exists(file))
            {
                continue;
            }

            using var document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.TryGetProperty("Values", out var values)
                && values.TryGetProperty(AuthSettings.DevelopmentKeySetting, out var value)
                && value.GetString() is { Length: > 0 } fromFile)
            {
                return fromFile;
            }
        }

        return null;
    }

    private string CommitteesDirectory() =>
        environment(KnownSettings.CommitteesDirectory) is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "committees");
}
