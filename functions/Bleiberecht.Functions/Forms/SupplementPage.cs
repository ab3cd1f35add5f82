using System.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace Bleiberecht.Functions.Forms;

/// <summary>Sending documents later (e.g. the missing consent) for an existing case.</summary>
internal static class SupplementPage
{
    public const string Title = "Unterlagen nachreichen";

    public static string Render(string caseNumber, AntiforgeryTokenSet tokens, IReadOnlyList<FormError> errors)
    {
        var main = new StringBuilder();
        main.Append("<h1>").Append(Title).Append("</h1>\n")
            .Append(FormParts.ErrorSummary(errors, "Die Unterlagen wurden nicht angenommen"))
            .Append("<h2>Vorgangsnummer <span class=\"case-number\">").Append(Html.Encode(caseNumber)).Append("</span></h2>\n")
            .Append(Form(caseNumber, tokens, errors));
        return FormLayout.Page(Title + " " + caseNumber, errors.Count > 0, main.ToString());
    }

    /// <summary>The small upload form itself (also shown on the confirmation of an incomplete application).</summary>
    public static string Form(string caseNumber, AntiforgeryTokenSet tokens, IReadOnlyList<FormError> errors) =>
        new StringBuilder()
            .Append("<form method=\"post\" action=\"/api/antrag/").Append(Uri.EscapeDataString(caseNumber)).Append("/nachreichen\" enctype=\"multipart/form-data\" novalidate>\n")
            .Append(FormParts.AntiforgeryField(tokens))
            .Append(FormParts.FileInput(
                UploadFields.Supplement,
                "Fehlende Unterlagen (PDF)",
                "Zum Beispiel die unterschriebene Einwilligungserklärung oder der vervollständigte Kurzantrag. Mehrere Dateien möglich, je höchstens 10 MB.",
                errors,
                multiple: true))
            .Append("<button type=\"submit\">Unterlagen nachreichen</button>\n")
            .Append("</form>\n")
            .ToString();
}
