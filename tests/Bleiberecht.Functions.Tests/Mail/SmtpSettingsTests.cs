using Bleiberecht.Documents.Mail;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Functions.Mail;
using Bleiberecht.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bleiberecht.Functions.Tests.Mail;

/// <summary>The SMTP settings a city's relay needs (security, AUTH), from the app settings to a real SMTP server.</summary>
public sealed class SmtpSettingsTests : IAsyncLifetime
{
    private readonly SmtpSinkFixture sink = new();

    public Task InitializeAsync() => sink.InitializeAsync();

    public Task DisposeAsync() => sink.DisposeAsync();

    [Fact]
    public async Task Configured_user_and_password_sign_in_at_the_relay()
    {
        var options = MailOptions.FromConfiguration(Configuration(new()
        {
            ["Mail__Provider"] = "Smtp",
            ["Mail__From"] = "gremium@bleiberecht.localhost",
            ["Mail__SmtpHost"] = sink.Host,
            ["Mail__SmtpPort"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail__SmtpSecurity"] = "None",
            ["Mail__SmtpUser"] = sink.UserName,
            ["Mail__SmtpPassword"] = sink.Password,
        }));
        var services = new ServiceCollection();
        services.AddSingleton(options);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        new MailServices().ConfigureServices(services, new ConfigurationBuilder().Build());
        var sender = services.BuildServiceProvider().GetRequiredService<IMailSender>();

        await sender.SendAsync(new OutgoingMail
        {
            From = sender.From,
            To = [new MailAddress(null, "geschaeftsstelle@dortmund.example")],
            Subject = "Anmeldung am Relay",
            Date = DateTimeOffset.UnixEpoch,
            MessageId = "auth-test@bleiberecht.localhost",
        });

        var received = Assert.Single(await sink.WaitForMailsAsync(1));
        Assert.Equal(sink.UserName, received.AuthenticatedUser);
    }

    [Theory]
    [InlineData("Mail__SmtpSecurity", "ssl3", "Mail__SmtpSecurity must be Auto, None, StartTls or Tls")]
    [InlineData("Mail__SmtpUser", "relay-user", "Mail__SmtpUser and Mail__SmtpPassword must be set together")]
    [InlineData("Mail__SmtpPassword", "geheim-123", "Mail__SmtpUser and Mail__SmtpPassword must be set together")]
    public void Unusable_smtp_setting_stops_start_up_naming_it_without_the_secret(string name, string value, string expected)
    {
        var e = Assert.Throws<InvalidConfigurationException>(() => MailOptions.FromConfiguration(Configuration(new()
        {
            ["Mail__Provider"] = "Smtp",
            ["Mail__From"] = "gremium@bleiberecht.localhost",
            ["Mail__SmtpHost"] = "relay.example",
            [name] = value,
        })));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim-123", e.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key.Replace("__", ":", StringComparison.Ordinal), v => v.Value)).Build();
}
