using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Bleiberecht.Functions.Forms;

/// <summary>HTML encoding for everything the pages echo (file names, messages, case numbers): umlauts stay readable.</summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The text, safe inside element content and inside double-quoted attribute values.</summary>
    public static string Encode(string? text) => text is null ? string.Empty : Encoder.Encode(text);
}
