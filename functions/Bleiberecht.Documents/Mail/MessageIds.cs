namespace Bleiberecht.Documents.Mail;

/// <summary>Message-ID / In-Reply-To values: the first <c>&lt;id&gt;</c> without brackets and white space.</summary>
internal static class MessageIds
{
    public static string? First(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var open = header.IndexOf('<', StringComparison.Ordinal);
        var close = open < 0 ? -1 : header.IndexOf('>', open + 1);
        var id = open >= 0 && close > open ? header[(open + 1)..close] : header.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        id = new string(id.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).Trim('<', '>');
        return id.Length is 0 or > 998 ? null : id;
    }
}
