using System.Security.Cryptography;
using System.Text;

namespace Bleiberecht.Functions.Forms;

/// <summary>
/// The frame of every form page: German, a skip link, one inline style sheet (no external assets; allowed by its hash
/// in the Content-Security-Policy), a header and the main content.
/// </summary>
internal static class FormLayout
{
    /// <summary>The product name shown in every title and header.</summary>
    public const string ProductName = "Bleiberecht fördern";

    /// <summary>Prefix of the title of a page that reports an error (screen readers announce the title first).</summary>
    public const string ErrorTitlePrefix = "Fehler: ";

    // Contrast (WCAG 2.1 AA, checked against #ffffff): text #1b1b1b 17:1, links/button #1d4f91 8.6:1,
    // errors #b00020 7.3:1, hints #4a4a4a 8.9:1. Focus: a dark outline with a yellow halo, visible on any background.
    private const string Css = """
        *,*::before,*::after{box-sizing:border-box}
        body{margin:0;font-family:"Liberation Sans","DejaVu Sans",Arial,sans-serif;font-size:1.125rem;line-height:1.5;color:#1b1b1b;background:#ffffff}
        a{color:#1d4f91;text-decoration:underline}
        a:focus-visible,button:focus-visible,input:focus-visible,[tabindex]:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px;box-shadow:0 0 0 6px #ffdd00}
        .skip{position:absolute;left:-10000px;top:0;background:#ffdd00;color:#1b1b1b;padding:.5rem 1rem}
        .skip:focus{left:0}
        header{background:#1d4f91;color:#ffffff;padding:.75rem 1rem}
        header p{margin:0;font-weight:bold}
        main{max-width:46rem;margin:0 auto;padding:1rem}
        h1{font-size:2rem;line-height:1.2}
        h2{font-size:1.5rem;margin-top:2rem}
        .hint{color:#4a4a4a;margin:.25rem 0}
        .field{margin:1.5rem 0}
        .field label{display:block;font-weight:bold}
        .field-error{color:#b00020;font-weight:bold;margin:.25rem 0}
        .field.invalid{border-left:5px solid #b00020;padding-left:1rem}
        input[type=file]{display:block;margin-top:.5rem;font-size:1rem;padding:.25rem;border:2px solid #1b1b1b;max-width:100%}
        button{font-size:1.125rem;padding:.6rem 1.2rem;background:#1d4f91;color:#ffffff;border:2px solid #1d4f91;border-radius:0;cursor:pointer}
        .error-summary{border:5px solid #b00020;padding:1rem;margin:1rem 0}
        .error-summary h2{margin-top:0}
        .error-summary a{color:#b00020;font-weight:bold}
        .case-number{font-family:"DejaVu Sans Mono","Liberation Mono",monospace;user-select:all;background:#f3f2f1;padding:0 .25rem}
        .panel{border:3px solid #1d4f91;padding:1rem;margin:1rem 0}
        .panel h2{margin-top:0}
        .visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
        code{background:#f3f2f1;padding:0 .2rem;word-break:break-all}
        """;

    /// <summary>The Content-Security-Policy of every form page: nothing but this origin's form posts and the inline style above.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))}'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>The whole document. <paramref name="title"/> is plain text; <paramref name="mainHtml"/> is already encoded HTML.</summary>
    public static string Page(string title, bool hasError, string mainHtml)
    {
        var builder = new StringBuilder(4096);
        builder.Append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(hasError ? ErrorTitlePrefix : string.Empty).Append(Html.Encode(title)).Append(" – ").Append(ProductName).Append("</title>\n")
            .Append("<style>").Append(Css).Append("</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#inhalt\">Zum Inhalt springen</a>\n")
            .Append("<header><p>").Append(ProductName).Append(" – Einreichung für Beratungsstellen</p></header>\n")
            .Append("<main id=\"inhalt\" tabindex=\"-1\">\n")
            .Append(mainHtml)
            .Append("</main>\n</body>\n</html>\n");
        return builder.ToString();
    }
}
