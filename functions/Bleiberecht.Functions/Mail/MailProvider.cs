namespace Bleiberecht.Functions.Mail;

/// <summary>How outgoing mail leaves the app.</summary>
internal enum MailProvider
{
    /// <summary>Not configured: nothing is sent, each message is logged as not sent (the default, so a deployment without mail parameters still starts).</summary>
    None,

    /// <summary>An SMTP relay (the city's; locally the maildev sink).</summary>
    Smtp,

    /// <summary>Azure Communication Services Email, signed in with the managed identity.</summary>
    AzureCommunicationServices,
}
