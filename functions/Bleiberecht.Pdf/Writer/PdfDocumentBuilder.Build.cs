using System.Globalization;
using System.Text;
using Bleiberecht.Pdf.Writer.Forms;

namespace Bleiberecht.Pdf.Writer;

/// <summary>Serialisation: pages, annotations, form, fonts, metadata, catalog.</summary>
public sealed partial class PdfDocumentBuilder
{
    /// <summary>Writes the document and returns the PDF file's bytes. The builder can be built again after more changes.</summary>
    public byte[] Build()
    {
        if (pages.Count == 0)
        {
            throw new InvalidOperationException("A PDF document needs at least one page.");
        }

        var created = timeProvider.GetUtcNow();
        var archive = Conformance == PdfConformance.PdfA2B;
        if (archive && images.Any(i => i.Image.Entries.Contains("/DeviceCMYK", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("PDF/A-2b output uses an sRGB output intent, which CMYK images do not match; convert the JPEG to RGB.");
        }

        var writer = new PdfObjectWriter();
        var catalog = writer.Allocate();
        var pageTree = writer.Allocate();
        var resources = writer.Allocate();
        var info = writer.Allocate();

        if (archive && pages.Any(p => p.Fields.Count > 0))
        {
            DefaultFont.Embedded.Use(DefaultFont.Resolve(' ').Glyph, " "); // named by the form's /DA
        }

        var fieldReferences = new List<int>();
        var standardFonts = new Lazy<(int Helvetica, int ZapfDingbats)>(() => WriteStandardFonts(writer));
        var pageReferences = new List<int>();
        foreach (var page in pages)
        {
            pageReferences.Add(WritePage(writer, page, pageTree, resources, fieldReferences));
        }

        var imageReferences = images.Select(image => (image.ResourceName, Number: image.Image.Write(writer))).ToList();
        var fontReferences = fonts.Where(font => font.IsUsed).Select(font => (font.ResourceName, Number: font.Write(writer))).ToList();
        writer.WriteObject(resources, ResourcesDictionary(fontReferences, imageReferences));

        var kids = string.Join(' ', pageReferences.Select(PdfSyntax.Reference));
        writer.WriteObject(pageTree, string.Create(CultureInfo.InvariantCulture, $"<</Type /Pages /Kids [{kids}] /Count {pages.Count}>>"));

        var catalogEntries = new StringBuilder($"<</Type /Catalog /Pages {PdfSyntax.Reference(pageTree)}");
        if (fieldReferences.Count > 0)
        {
            string resourcesForFields;
            if (archive)
            {
                // PDF/A: every font a viewer may use must be embedded, so /DR names our embedded fonts.
                var names = string.Join(' ', fontReferences.Select(f => $"/{f.ResourceName} {PdfSyntax.Reference(f.Number)}"));
                resourcesForFields = $"/DA (/{DefaultFont.Embedded.ResourceName} 0 Tf 0 g) /DR <</Font <<{names}>>>>";
            }
            else
            {
                var (helvetica, zapf) = standardFonts.Value;
                resourcesForFields = $"/DA (/Helv 0 Tf 0 g) /DR <</Font <</Helv {PdfSyntax.Reference(helvetica)} /ZaDb {PdfSyntax.Reference(zapf)}>>>>";
            }

            var acroForm = writer.Allocate();
            writer.WriteObject(acroForm, $"<</Fields [{string.Join(' ', fieldReferences.Select(PdfSyntax.Reference))}] /NeedAppearances false {resourcesForFields}>>");
            catalogEntries.Append(" /AcroForm ").Append(PdfSyntax.Reference(acroForm));
        }

        if (Information.Language is { Length: > 0 } language)
        {
            catalogEntries.Append(" /Lang ").Append(PdfSyntax.TextString(language));
        }

        if (Information.Title is { Length: > 0 })
        {
            catalogEntries.Append(" /ViewerPreferences <</DisplayDocTitle true>>");
        }

        if (archive)
        {
            var metadata = writer.Allocate();
            writer.WriteStream(metadata, " /Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(XmpMetadata.Create(Information, created)), compress: false);
            var profile = writer.Allocate();
            var icc = SrgbProfile.Load();
            writer.WriteStream(profile, " /N 3", icc);
            catalogEntries.Append(" /Metadata ").Append(PdfSyntax.Reference(metadata))
                .Append(" /OutputIntents [<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile ")
                .Append(PdfSyntax.Reference(profile)).Append(">>]");
        }

        writer.WriteObject(catalog, catalogEntries.Append(">>").ToString());
        writer.WriteObject(info, InfoDictionary(created));
        return writer.Finish(catalog, info);
    }

    private int WritePage(PdfObjectWriter writer, PdfPageBuilder page, int pageTree, int resources, List<int> fieldReferences)
    {
        var pageNumber = writer.Allocate();
        var annotations = new List<int>();
        foreach (var (area, target) in page.Links)
        {
            var link = writer.Allocate();
            writer.WriteObject(link, $"<</Type /Annot /Subtype /Link /Rect {PdfSyntax.Rectangle(area)} /F 4 /Border [0 0 0] /A <</Type /Action /S /URI /URI {PdfSyntax.TextString(target.AbsoluteUri)}>>>>");
            annotations.Add(link);
        }

        foreach (var field in page.Fields)
        {
            var widget = WriteField(writer, field, pageNumber, resources);
            annotations.Add(widget);
            fieldReferences.Add(widget);
        }

        var content = writer.Allocate();
        writer.WriteStream(content, string.Empty, page.Content.ToBytes());
        var annots = annotations.Count == 0 ? string.Empty : $" /Annots [{string.Join(' ', annotations.Select(PdfSyntax.Reference))}]";
        writer.WriteObject(pageNumber, $"<</Type /Page /Parent {PdfSyntax.Reference(pageTree)} /MediaBox [0 0 {PdfSyntax.Number(page.Size.Width)} {PdfSyntax.Number(page.Size.Height)}] /Resources {PdfSyntax.Reference(resources)} /Contents {PdfSyntax.Reference(content)}{annots}>>");
        return pageNumber;
    }

    private int WriteField(PdfObjectWriter writer, FormField field, int page, int resources)
    {
        var bbox = $"/Type /XObject /Subtype /Form /BBox [0 0 {PdfSyntax.Number(field.Area.Width)} {PdfSyntax.Number(field.Area.Height)}] /Resources {PdfSyntax.Reference(resources)}";
        var widget = writer.Allocate();
        var fieldFont = field.Text.Font ?? DefaultFont;
        var archive = Conformance == PdfConformance.PdfA2B;
        if (archive)
        {
            // The /DA names this font, so it must be written even when the field is empty.
            fieldFont.Embedded.Use(fieldFont.Resolve(' ').Glyph, " ");
        }

        var textFont = archive ? fieldFont.Embedded.ResourceName : "Helv";
        var symbolFont = archive ? fieldFont.Embedded.ResourceName : "ZaDb";
        var common = new StringBuilder($"<</Type /Annot /Subtype /Widget /T {PdfSyntax.TextString(field.Name)} /Rect {PdfSyntax.Rectangle(field.Area)} /F 4 /P {PdfSyntax.Reference(page)}");
        if (field.Tooltip is { Length: > 0 } tooltip)
        {
            common.Append(" /TU ").Append(PdfSyntax.TextString(tooltip));
        }

        switch (field.Kind)
        {
            case FormFieldKind.Text:
            {
                var appearance = writer.Allocate();
                writer.WriteStream(appearance, bbox, FormAppearances.Text(field, fieldFont).ToBytes());
                var options = field.Text;
                var flags = (options.ReadOnly ? 1 : 0) | (options.Required ? 2 : 0) | (options.Multiline ? 4096 : 0);
                common.Append(CultureInfo.InvariantCulture, $" /FT /Tx /Ff {flags} /DA (/{textFont} {PdfSyntax.Number(options.FontSize)} Tf 0 g)");
                if (options.MaxLength is { } maxLength)
                {
                    common.Append(CultureInfo.InvariantCulture, $" /MaxLen {maxLength}");
                }

                if (options.Value is { } value)
                {
                    common.Append(" /V ").Append(PdfSyntax.TextString(value));
                }

                common.Append(CultureInfo.InvariantCulture, $" /MK <</BC [0.6 0.6 0.6]>> /AP <</N {PdfSyntax.Reference(appearance)}>>");
                break;
            }

            case FormFieldKind.CheckBox:
            {
                var on = writer.Allocate();
                var off = writer.Allocate();
                writer.WriteStream(on, bbox, FormAppearances.CheckBoxOn(field).ToBytes());
                writer.WriteStream(off, bbox, FormAppearances.Empty(field).ToBytes());
                var state = field.Checked ? "/Yes" : "/Off";
                common.Append(CultureInfo.InvariantCulture, $" /FT /Btn /Ff 0 /V {state} /AS {state} /DA (/{symbolFont} 0 Tf 0 g) /MK <</BC [0.6 0.6 0.6] /CA (4)>> /AP <</N <</Yes {PdfSyntax.Reference(on)} /Off {PdfSyntax.Reference(off)}>>>>");
                break;
            }

            case FormFieldKind.Signature:
            {
                var appearance = writer.Allocate();
                writer.WriteStream(appearance, bbox, FormAppearances.Empty(field).ToBytes());
                common.Append(CultureInfo.InvariantCulture, $" /FT /Sig /MK <</BC [0.6 0.6 0.6]>> /AP <</N {PdfSyntax.Reference(appearance)}>>");
                break;
            }
        }

        writer.WriteObject(widget, common.Append(">>").ToString());
        return widget;
    }

    private static (int Helvetica, int ZapfDingbats) WriteStandardFonts(PdfObjectWriter writer)
    {
        var helvetica = writer.Allocate();
        writer.WriteObject(helvetica, "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>");
        var zapf = writer.Allocate();
        writer.WriteObject(zapf, "<</Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats>>");
        return (helvetica, zapf);
    }

    private static string ResourcesDictionary(List<(string Name, int Number)> fontReferences, List<(string Name, int Number)> imageReferences)
    {
        var builder = new StringBuilder("<</ProcSet [/PDF /Text /ImageB /ImageC /ImageI]");
        if (fontReferences.Count > 0)
        {
            builder.Append(" /Font <<");
            foreach (var (name, number) in fontReferences)
            {
                builder.Append('/').Append(name).Append(' ').Append(PdfSyntax.Reference(number)).Append(' ');
            }

            builder.Append(">>");
        }

        if (imageReferences.Count > 0)
        {
            builder.Append(" /XObject <<");
            foreach (var (name, number) in imageReferences)
            {
                builder.Append('/').Append(name).Append(' ').Append(PdfSyntax.Reference(number)).Append(' ');
            }

            builder.Append(">>");
        }

        return builder.Append(">>").ToString();
    }

    private string InfoDictionary(DateTimeOffset created)
    {
        var builder = new StringBuilder("<<");
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                builder.Append(" /").Append(key).Append(' ').Append(PdfSyntax.TextString(value));
            }
        }

        Add("Title", Information.Title);
        Add("Author", Information.Author);
        Add("Subject", Information.Subject);
        Add("Keywords", Information.Keywords);
        Add("Creator", Information.Creator);
        Add("Producer", Information.Producer);
        builder.Append(" /CreationDate ").Append(PdfSyntax.Date(created)).Append(" /ModDate ").Append(PdfSyntax.Date(created));
        return builder.Append(">>").ToString();
    }
}
