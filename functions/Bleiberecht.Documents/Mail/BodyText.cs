namespace Bleiberecht.Documents.Mail;

/// <summary>A text part that may become the message's text body.</summary>
/// <param name="Group">The nearest multipart/alternative it sits in, or 0.</param>
internal sealed record BodyText(string Text, bool IsHtml, int Group);
