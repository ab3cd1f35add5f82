using Bleiberecht.Pdf.Writer;
using Bleiberecht.Pdf.Writer.Forms;
using Bleiberecht.Pdf.Writer.Layout;

namespace Bleiberecht.Documents.Application;

/// <summary>
/// Generates the fillable Kurzantrag (German, AcroForm with the stable field names of <see cref="KurzantragForm"/>)
/// and the separate one-page consent declaration. The form version sits in a read-only field
/// (<see cref="KurzantragForm.VersionFieldName"/>) and in the document metadata (subject and keywords).
/// </summary>
public static class KurzantragFormGenerator
{
    private static readonly string[] ConsentPersonFields = ["person_familienname", "person_vornamen", "person_geburtsdatum"];

    /// <summary>The full form, all sections.</summary>
    public static byte[] Generate(KurzantragFormOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var layout = Start(options, KurzantragLabels.Title, fontSize: 10);
        layout.AddHeading(KurzantragLabels.Title);
        layout.AddParagraph(
            $"Bitte vollständig ausfüllen und mit den Unterlagen an die Geschäftsstelle der {options.CommitteeName} senden. " +
            "Pflichtangaben sind mit * gekennzeichnet. Daten bitte als TT.MM.JJJJ angeben.");
        foreach (var section in Enum.GetValues<FormSection>())
        {
            layout.AddHeading(KurzantragForm.SectionTitles[section], 2);
            if (section == FormSection.Consent)
            {
                AddConsentIntro(layout, options);
            }

            foreach (var field in KurzantragForm.Fields.Where(f => f.Section == section))
            {
                AddField(layout, field, options.Values);
            }
        }

        return layout.Build();
    }

    /// <summary>The consent declaration alone, on one page (with the applicant's name and date of birth).</summary>
    public static byte[] GenerateConsentForm(KurzantragFormOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var layout = Start(options, KurzantragLabels.ConsentTitle, fontSize: 9.5);
        layout.AddHeading(KurzantragLabels.ConsentTitle);
        foreach (var name in ConsentPersonFields)
        {
            AddField(layout, KurzantragForm.Field(name), options.Values);
        }

        AddConsentIntro(layout, options);
        foreach (var field in KurzantragForm.Fields.Where(f => f.Section == FormSection.Consent))
        {
            AddField(layout, field, options.Values);
        }

        return layout.Build();
    }

    private static DocumentLayout Start(KurzantragFormOptions options, string title, double fontSize)
    {
        var builder = new PdfDocumentBuilder(options.TimeProvider)
        {
            Information = new PdfDocumentInformation
            {
                Title = title,
                Author = options.CommitteeName,
                Subject = KurzantragLabels.VersionLine(KurzantragForm.CurrentVersion),
                Keywords = $"Kurzantrag; {KurzantragForm.CurrentVersion}",
                Creator = "Bleiberecht Functions",
                Language = "de-DE",
            },
        };
        var layout = new DocumentLayout(builder, new LayoutOptions
        {
            FontSize = fontSize,
            LineSpacing = 1.25,
            ParagraphSpacing = 4,
            HeaderText = $"{options.CommitteeName} – {KurzantragLabels.VersionLine(KurzantragForm.CurrentVersion)}",
        });

        // The version field: read-only, pre-filled, small, top right of the first page.
        var page = layout.CurrentPage;
        page.AddTextField(KurzantragForm.VersionFieldName, new PdfRectangle(PageSize.A4.Width - 130, PageSize.A4.Height - 30, 80, 12), new TextFieldOptions
        {
            Value = KurzantragForm.CurrentVersion,
            ReadOnly = true,
            FontSize = 7,
            Tooltip = "Formularversion",
        });
        return layout;
    }

    private static void AddConsentIntro(DocumentLayout layout, KurzantragFormOptions options) =>
        layout.AddParagraph(
            $"Empfänger meiner Angaben und Unterlagen sind die {options.CommitteeName} (Gremium) und {options.AuthorityName} (ABH). " +
            "Die Daten werden nur zur Befassung mit meinem Fall verarbeitet. Die Einwilligung ist freiwillig und kann jederzeit " +
            "mit Wirkung für die Zukunft widerrufen werden.");

    private static void AddField(DocumentLayout layout, FormField field, IReadOnlyDictionary<string, string?> values)
    {
        var value = values.GetValueOrDefault(field.Name);
        var label = KurzantragLabels.Printed(field) + (field.Required ? " *" : string.Empty);
        switch (field.Kind)
        {
            case FieldKind.YesNo:
                layout.AddParagraph(label);
                layout.AddCheckBox(field.Name + "_ja", KurzantragLabels.Yes, IsTicked(values, field.Name + "_ja") || string.Equals(value, "ja", StringComparison.OrdinalIgnoreCase));
                layout.AddCheckBox(field.Name + "_nein", KurzantragLabels.No, IsTicked(values, field.Name + "_nein") || string.Equals(value, "nein", StringComparison.OrdinalIgnoreCase));
                break;
            case FieldKind.Checkbox:
                layout.AddCheckBox(field.Name, label, IsTicked(values, field.Name));
                break;
            case FieldKind.Signature:
                layout.AddSignatureField(field.Name, label);
                break;
            case FieldKind.MultilineText:
                layout.AddTextField(field.Name, label, Lines(field), value, field.Required);
                break;
            default:
                layout.AddTextField(field.Name, label, 1, value, field.Required);
                break;
        }
    }

    private static bool IsTicked(IReadOnlyDictionary<string, string?> values, string name) =>
        values.GetValueOrDefault(name) is { } raw && !string.IsNullOrWhiteSpace(raw) && FieldValues.Checkbox(raw) == true;

    private static int Lines(FormField field) => field.MaxLength switch
    {
        >= 8000 => 12,
        >= 1000 => 4,
        _ => 3,
    };
}
