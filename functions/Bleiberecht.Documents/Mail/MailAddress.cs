namespace Bleiberecht.Documents.Mail;

/// <summary>A mailbox from an address header.</summary>
/// <param name="DisplayName">The decoded display name, or null when there is none.</param>
/// <param name="Address">The addr-spec, <c>local@domain</c>, with the domain in lower case (the local part is kept as sent).</param>
public sealed record MailAddress(string? DisplayName, string Address)
{
    /// <summary>The domain part, lower case.</summary>
    public string Domain => Address[(Address.LastIndexOf('@') + 1)..];

    public override string ToString() => DisplayName is null ? Address : $"{DisplayName} <{Address}>";
}
