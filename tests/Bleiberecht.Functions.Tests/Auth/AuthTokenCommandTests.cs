using Bleiberecht.Cases.Contracts;
using Bleiberecht.Functions.Auth;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.Auth;

/// <summary><c>auth token</c>: resolves the person in the committee configuration and prints a token the app accepts.</summary>
public sealed class AuthTokenCommandTests : IDisposable
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)(i + 1)).ToArray();
    private readonly string directory = Directory.CreateTempSubdirectory("bf-auth-").FullName;

    [Fact]
    public async Task Counsellor_token_carries_the_organisation_from_the_configuration()
    {
        var (code, output, _) = await RunAsync(Environment(), "--role", "Counsellor", "--committee", "dortmund", "--email", "fluechtlingsberatung@awo.dortmund.example", "--hours", "2");

        Assert.Equal(0, code);
        Assert.True(DevelopmentTokens.TryRead(output.Trim(), Key, DateTimeOffset.UtcNow, out var actor, out _));
        Assert.Equal(new Actor(ActorRole.Counsellor, "fluechtlingsberatung@awo.dortmund.example", "dortmund", "awo"), actor);
        Assert.False(DevelopmentTokens.TryRead(output.Trim(), Key, DateTimeOffset.UtcNow.AddHours(2).AddMinutes(1), out _, out _));
    }

    [Fact]
    public async Task Key_is_read_from_the_local_settings_file_when_the_environment_has_none()
    {
        await File.WriteAllTextAsync(Path.Combine(directory, "local.settings.sample.json"), $$"""{ "Values": { "Auth__DevelopmentKey": "{{Convert.ToBase64String(Key)}}" } }""");
        var environment = Environment();
        environment.Remove("Auth__DevelopmentKey");

        var (code, output, _) = await RunAsync(environment, "--role", "Member", "--committee", "kreis-unna", "--email", "tomasz.nowak@ehrenamt.kreis-unna.example");

        Assert.Equal(0, code);
        Assert.True(DevelopmentTokens.TryRead(output.Trim(), Key, DateTimeOffset.UtcNow, out var actor, out _));
        Assert.Equal(("ehrenamt-1", "kreis-unna"), (actor.MemberId, actor.CommitteeId));
    }

    [Fact]
    public async Task Unknown_person_is_refused()
    {
        var (code, output, error) = await RunAsync(Environment(), "--role", "Counsellor", "--committee", "dortmund", "--email", "jemand@example.org");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("not registered for the role Counsellor", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--role", "Counsellor", "--email", "fluechtlingsberatung@awo.dortmund.example")]
    [InlineData("--role", "King", "--committee", "dortmund", "--email", "a@b")]
    [InlineData("--role", "Secretariat", "--committee", "dortmund", "--email", "a@b", "--hours", "0")]
    [InlineData("--role")]
    public async Task Incomplete_or_wrong_arguments_exit_with_2(params string[] arguments)
    {
        var (code, output, _) = await RunAsync(Environment(), arguments);

        Assert.Equal(2, code);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Missing_key_exits_with_3_naming_the_setting()
    {
        var (code, _, error) = await RunAsync(new Dictionary<string, string?>(), "--role", "Operator", "--email", "betrieb@it.example");

        Assert.Equal(3, code);
        Assert.Contains("Auth__DevelopmentKey", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static Dictionary<string, string?> Environment() => new()
    {
        ["Auth__DevelopmentKey"] = Convert.ToBase64String(Key),
        ["Committees__Directory"] = Path.Combine(RepoPaths.Root, "config", "committees"),
    };

    private async Task<(int Code, string Output, string Error)> RunAsync(Dictionary<string, string?> environment, params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new AuthTokenCommand(name => environment.GetValueOrDefault(name), directory).RunAsync(arguments, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
