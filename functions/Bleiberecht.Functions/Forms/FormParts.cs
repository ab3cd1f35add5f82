using System.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace Bleiberecht.Functions.Forms;

/// <summary>The building blocks of the form pages: error summary, file input with its errors, antiforgery field.</summary>
internal static class FormParts
{
    /// <summary>
    /// The summary at the top (role="alert"): every error, linked to its field when it has one. Empty without errors.
    /// </summary>
    public static string ErrorSummary(IReadOnlyList<FormError> errors, string heading = "Es gibt ein Problem")
    {
        if (errors.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        builder.Append("<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"fehler-titel\" tabindex=\"-1\">\n")
            .Append("<h2 id=\"fehler-titel\">").Append(Html.Encode(heading)).Append("</h2>\n<ul>\n");
        foreach (var error in errors)
        {
            builder.Append("<li>");
            if (error.FieldId is { } field)
            {
                builder.Append("<a href=\"#").Append(Html.Encode(field)).Append("\">").Append(Html.Encode(error.Message)).Append("</a>");
            }
            else
            {
                builder.Append(Html.Encode(error.Message));
            }

            builder.Append("</li>\n");
        }

        return builder.Append("</ul>\n</div>\n").ToString();
    }

    /// <summary>
    /// A labelled file input (PDF) with a hint and, when it has errors, the errors next to it, tied by aria-describedby
    /// and marked aria-invalid.
    /// </summary>
    public static string FileInput(string id, string label, string hint, IReadOnlyList<FormError> errors, bool multiple = false)
    {
        var own = errors.Where(e => e.FieldId == id).ToList();
        var hintId = id + "-hinweis";
        var errorId = id + "-fehler";
        var builder = new StringBuilder();
        builder.Append("<div class=\"field").Append(own.Count > 0 ? " invalid" : string.Empty).Append("\">\n")
            .Append("<label for=\"").Append(id).Append("\">").Append(Html.Encode(label)).Append("</label>\n")
            .Append("<p class=\"hint\" id=\"").Append(hintId).Append("\">").Append(Html.Encode(hint)).Append("</p>\n");
        if (own.Count > 0)
        {
            builder.Append("<div class=\"field-error\" id=\"").Append(errorId).Append("\">");
            foreach (var error in own)
            {
                builder.Append("<p><span class=\"visually-hidden\">Fehler: </span>").Append(Html.Encode(error.Message)).Append("</p>");
            }

            builder.Append("</div>\n");
        }

        builder.Append("<input type=\"file\" id=\"").Append(id).Append("\" name=\"").Append(id).Append("\" accept=\"application/pdf,.pdf\"")
            .Append(multiple ? " multiple" : string.Empty)
            .Append(" aria-describedby=\"").Append(hintId).Append(own.Count > 0 ? " " + errorId : string.Empty).Append('"')
            .Append(own.Count > 0 ? " aria-invalid=\"true\"" : string.Empty)
            .Append(">\n</div>\n");
        return builder.ToString();
    }

    /// <summary>The hidden antiforgery field of a form.</summary>
    public static string AntiforgeryField(AntiforgeryTokenSet tokens) =>
        $"<input type=\"hidden\" name=\"{Html.Encode(tokens.FormFieldName)}\" value=\"{Html.Encode(tokens.RequestToken)}\">\n";
}
