namespace Bleiberecht.Documents.Mail;

/// <summary>A problem with a submitted e-mail, told to the counsellor in German first, then in English.</summary>
/// <param name="Code">The stable code.</param>
/// <param name="German">The user-facing text in German (formal "Sie").</param>
/// <param name="English">The same in English.</param>
public sealed record MailProblem(MailProblemCode Code, string German, string English)
{
    /// <summary>Both texts as they go into a reply mail: German, a blank line, English.</summary>
    public string Text => $"{German}\n\n{English}";
}
