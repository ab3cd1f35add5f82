using Bleiberecht.Functions.Hosting;
using Bleiberecht.Functions.Manifest;
using static Bleiberecht.Functions.Deployment.SettingSource;

namespace Bleiberecht.Functions.Deployment;

/// <summary>
/// The one list of settings the app binds (and the few its Azure host reads), with where each comes from. Tests hold
/// <c>local.settings.sample.json</c>, the Bicep app settings, the options types and docs/deployment.md to it.
/// </summary>
internal static class KnownSettings
{
    public const string Storage = FunctionManifest.Connection;
    public const string CommitteesDirectory = "Committees__Directory";
    public const string MailProvider = "Mail__Provider";
    public const string MailFrom = "Mail__From";
    public const string MailSmtpHost = "Mail__SmtpHost";
    public const string MailSmtpPort = "Mail__SmtpPort";
    public const string MailAcsEndpoint = "Mail__AcsEndpoint";
    public const string MailSmtpSecurity = "Mail__SmtpSecurity";
    public const string MailSmtpUser = "Mail__SmtpUser";
    public const string MailSmtpPassword = "Mail__SmtpPassword";

    /// <summary>Prefix of the per-timer schedule overrides (<c>Host__Schedules__&lt;Function&gt;</c>).</summary>
    public const string SchedulePrefix = "Host__Schedules__";

    /// <summary>Every setting, in the order of the configuration reference.</summary>
    public static IReadOnlyList<KnownSetting> All { get; } =
    [
        new(Storage, "Storage connection string; locally `UseDevelopmentStorage=true` (Azurite). Not used in Azure (identity-based settings below).", LocalSample),
        new(Storage + "__blobServiceUri", "Blob endpoint of the storage account (identity-based connection).", Bicep),
        new(Storage + "__queueServiceUri", "Queue endpoint of the storage account.", Bicep),
        new(Storage + "__tableServiceUri", "Table endpoint of the storage account.", Bicep),
        new(Storage + "__credential", "`managedidentity`: sign in with a managed identity.", Bicep),
        new(Storage + "__clientId", "Client id of the user-assigned managed identity.", Bicep),
        new(Storage + "__accountName", "Alternative to the three service URIs (public cloud endpoints are derived from it).", Optional),
        new(FunctionApp.CustomHandlerPortVariable, "Set by the Functions host: selects custom-handler mode and the port to listen on.", AzureProvided),
        new("ASPNETCORE_URLS", "Standalone mode only: where Kestrel listens.", LocalSample),
        new("Host__Queues__BatchSize", "Standalone queue trigger: messages fetched at once (1-32; host.json batchSize).", LocalSample),
        new("Host__Queues__NewBatchThreshold", "Standalone queue trigger: fetch more when at most this many run.", LocalSample),
        new("Host__Queues__MaxDequeueCount", "Attempts before a message goes to <queue>-poison.", LocalSample),
        new("Host__Queues__VisibilityTimeout", "Delay before a failed message is retried.", LocalSample),
        new("Host__Queues__MinPollingInterval", "Standalone: first back-off of an empty poll.", LocalSample),
        new("Host__Queues__MaxPollingInterval", "Longest back-off of an empty poll.", LocalSample),
        new("Host__Queues__MessageLease", "Standalone: how long a running message stays invisible (renewed at half-time).", LocalSample),
        new("Host__Queues__MessageEncoding", "Queue message encoding written to the generated host.json (`base64`, what our queue client sends); leave it.", Optional),
        new("Host__BlobPollingInterval", "Standalone: how often a watched container is listed.", LocalSample),
        new(SchedulePrefix + "<Function>", "Standalone: replaces a timer function's schedule (NCRONTAB, six fields).", Optional),
        new("Workflow__TaskHub", "Task hub of the workflow runtime (prefix of its table, queues and container); default `bleiberecht`, the only value custom-handler mode accepts.", Optional),
        new(CommitteesDirectory, "Folder with one JSON file per committee; default: the `committees` folder next to the app (a copy of `config/committees`).", Optional),
        new(DevClock.DevClockServices.Setting, "Local demos only: `true` makes the clock adjustable (`POST /api/dev/clock`); refused in custom-handler mode.", LocalSample),
        new(Auth.AuthSettings.ModeSetting, "`AppService` (X-MS-CLIENT-PRINCIPAL of App Service authentication) or `Development` (signed development tokens); default `AppService` in custom-handler mode, else `Development`.", LocalSample),
        new(Auth.AuthSettings.DevelopmentKeySetting, "Standalone only: HMAC key of development tokens, base64 of at least 32 bytes; empty: no token is accepted.", LocalSample),
        new(Auth.AuthSettings.PlatformAuthenticationSetting, "Set by App Service when its authentication is on; the app trusts X-MS-CLIENT-PRINCIPAL only then.", AzureProvided),
        new(MailProvider, "`None`, `Smtp` or `AzureCommunicationServices`.", LocalSample | Bicep),
        new(MailFrom, "Sender address of outgoing mail (required unless the provider is `None`).", LocalSample | Bicep),
        new(MailSmtpHost, "SMTP relay host (provider `Smtp`; locally the maildev sink).", LocalSample | Bicep),
        new(MailSmtpPort, "SMTP relay port (1-65535; 587 = submission with STARTTLS; locally 1025).", LocalSample | Bicep),
        new(MailSmtpSecurity, "SMTP transport security: `Auto` (STARTTLS when offered, required on 587; TLS on 465), `None`, `StartTls`, `Tls`.", Optional),
        new(MailSmtpUser, "SMTP user name, if the relay wants AUTH (sent only over TLS or to loopback); together with the password.", Optional),
        new(MailSmtpPassword, "SMTP password: a secret — in Azure a Key Vault reference, never a Bicep parameter in clear.", Optional),
        new(MailAcsEndpoint, "Azure Communication Services endpoint, https (provider `AzureCommunicationServices`).", LocalSample | Bicep),
        new("APPLICATIONINSIGHTS_CONNECTION_STRING", "Read by the Functions host, which sends its invocation telemetry and the app's captured logs to Application Insights (the app itself sends none).", Bicep, ReadByHostOnly: true),
        new("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "Read by the Functions host: publish telemetry with the managed identity (local auth is off).", Bicep, ReadByHostOnly: true),
    ];

    /// <summary>The settings with <paramref name="source"/>.</summary>
    public static IEnumerable<KnownSetting> From(SettingSource source) => All.Where(s => s.Source.HasFlag(source));
}
