using Bleiberecht.Documents.Mail;
using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Mail;

/// <summary>
/// Registers <see cref="IMailSender"/> from <see cref="MailOptions"/>: <see cref="SmtpMailSender"/> for <c>Smtp</c>
/// (security <see cref="SmtpSecurity.Auto"/>: STARTTLS when offered, required on 587), <see cref="DisabledMailSender"/>
/// for <c>None</c>, <see cref="AcsMailSender"/> (not supported yet) for <c>AzureCommunicationServices</c>.
/// </summary>
internal sealed class MailServices : IFunctionSource
{
    /// <summary>Used as From when the provider is None and no <c>Mail__From</c> is set.</summary>
    public const string UnconfiguredFrom = "bleiberecht@invalid";

    public IEnumerable<FunctionDefinition> Functions { get; } = [];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<IMailSender>(provider =>
        {
            var options = provider.GetRequiredService<MailOptions>();
            var configured = new System.Net.Mail.MailAddress(options.From ?? UnconfiguredFrom);
            var from = new MailAddress(configured.DisplayName is { Length: > 0 } name ? name : null, configured.Address);
            MailLog.ProviderSelected(provider.GetRequiredService<ILogger<MailServices>>(), options.Provider);
            return options.Provider switch
            {
                MailProvider.Smtp => new SmtpMailSender(new SmtpMailSenderOptions { From = from, Host = options.SmtpHost!, Port = options.SmtpPort, Security = options.SmtpSecurity, UserName = options.SmtpUser, Password = options.SmtpPassword }),
                MailProvider.AzureCommunicationServices => new AcsMailSender(from, provider.GetRequiredService<ILogger<AcsMailSender>>()),
                _ => new DisabledMailSender(from, provider.GetRequiredService<ILogger<DisabledMailSender>>()),
            };
        });
}
