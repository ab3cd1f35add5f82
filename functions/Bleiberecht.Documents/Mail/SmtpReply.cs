namespace Bleiberecht.Documents.Mail;

/// <summary>A server reply: the three-digit code and the text lines (without code and separator).</summary>
internal sealed record SmtpReply(int Code, IReadOnlyList<string> Lines)
{
    public bool IsPositive => Code is >= 200 and < 300;

    public bool IsIntermediate => Code is >= 300 and < 400;
}
