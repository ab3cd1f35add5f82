using System.Text;
using Bleiberecht.Cases.Contracts;
using Microsoft.AspNetCore.Antiforgery;

namespace Bleiberecht.Functions.Forms;

/// <summary>The upload form: the signed Kurzantrag and, optionally, a separate consent declaration.</summary>
internal static class SubmissionPage
{
    public const string Title = "Kurzantrag einreichen";

    public static string Render(Actor actor, AntiforgeryTokenSet tokens, IReadOnlyList<FormError> errors)
    {
        var main = new StringBuilder();
        main.Append("<h1>").Append(Title).Append("</h1>\n")
            .Append(FormParts.ErrorSummary(errors, "Der Antrag wurde nicht angenommen"))
            .Append("<p>Angemeldet als <strong>").Append(Html.Encode(actor.Subject)).Append("</strong>")
            .Append(" (Gremium <strong>").Append(Html.Encode(actor.CommitteeId)).Append("</strong>).</p>\n")
            .Append("<p>Laden Sie den ausgefüllten und unterschriebenen Kurzantrag als PDF hoch. Liegt die Einwilligungserklärung ")
            .Append("als eigene Datei vor, laden Sie sie zusätzlich hoch. Sie erhalten sofort eine Vorgangsnummer.</p>\n")
            .Append("<h2>Leere Formulare</h2>\n<ul>\n")
            .Append("<li><a href=\"/api/forms/kurzantrag.pdf\">Kurzantrag (PDF, ausfüllbar)</a></li>\n")
            .Append("<li><a href=\"/api/forms/einwilligung.pdf\">Einwilligungserklärung (PDF, eine Seite)</a></li>\n")
            .Append("</ul>\n")
            .Append("<h2>Dateien hochladen</h2>\n")
            .Append("<form method=\"post\" action=\"/api/antrag\" enctype=\"multipart/form-data\" novalidate>\n")
            .Append(FormParts.AntiforgeryField(tokens))
            .Append(FormParts.FileInput(
                UploadFields.Application,
                "Unterschriebener Kurzantrag (PDF, Pflichtangabe)",
                "Das ausgefüllte Formular „Kurzantrag“ als PDF-Datei, höchstens 10 MB.",
                errors))
            .Append(FormParts.FileInput(
                UploadFields.Consent,
                "Einwilligungserklärung als eigene Datei (PDF, freiwillig)",
                "Nur nötig, wenn die unterschriebene Einwilligung nicht schon im Kurzantrag enthalten ist. Höchstens 10 MB.",
                errors))
            .Append("<button type=\"submit\">Antrag einreichen</button>\n")
            .Append("</form>\n");
        return FormLayout.Page(Title, errors.Count > 0, main.ToString());
    }
}
