using Bleiberecht.Documents.Mail;
using Bleiberecht.Functions.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bleiberecht.Functions.Tests.Mail;

public sealed class MailServicesTests
{
    private static IMailSender Resolve(MailOptions options, ILoggerProvider? log = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(options);
        services.AddSingleton<ILoggerFactory>(log is null ? NullLoggerFactory.Instance : new LoggerFactory([log]));
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        new MailServices().ConfigureServices(services, new ConfigurationBuilder().Build());
        return services.BuildServiceProvider().GetRequiredService<IMailSender>();
    }

    [Fact]
    public void Smtp_provider_gives_the_smtp_sender_with_the_configured_from()
    {
        var sender = Resolve(new MailOptions(MailProvider.Smtp, "Geschäftsstelle <bleiberecht@dortmund.example>", "relay.example", 587, null));

        Assert.IsType<SmtpMailSender>(sender);
        Assert.Equal(new MailAddress("Geschäftsstelle", "bleiberecht@dortmund.example"), sender.From);
    }

    [Fact]
    public async Task None_provider_sends_nothing_and_logs_it_without_addresses_or_contents()
    {
        var log = new CollectingLoggerProvider();
        var sender = Resolve(new MailOptions(MailProvider.None, null, null, 587, null), log);

        Assert.IsType<DisabledMailSender>(sender);
        await sender.SendAsync(new OutgoingMail { From = sender.From, To = [new MailAddress(null, "a@b.example")], Subject = "Öztürk", Date = DateTimeOffset.UnixEpoch, MessageId = "x@y" });

        Assert.Contains("Mail not sent (provider None)", log.Messages);
        Assert.DoesNotContain(log.Messages, m => m.Contains('@', StringComparison.Ordinal) || m.Contains("Öztürk", StringComparison.Ordinal));
    }

    private sealed class CollectingLoggerProvider : ILoggerProvider, ILogger
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Messages)
            {
                Messages.Add(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }

    [Fact]
    public async Task Acs_provider_refuses_to_send_with_a_clear_reason()
    {
        var sender = Resolve(new MailOptions(MailProvider.AzureCommunicationServices, "a@b.example", null, 587, new Uri("https://acs.example")));

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => sender.SendAsync(new OutgoingMail { From = sender.From, To = [new MailAddress(null, "a@b.example")], Subject = "x", Date = DateTimeOffset.UnixEpoch, MessageId = "x@y" }));
        Assert.Contains("Mail__Provider=Smtp", error.Message, StringComparison.Ordinal);
    }
}
