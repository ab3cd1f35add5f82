using System.Text.Json;
using Bleiberecht.Pdf.Forms;
using Bleiberecht.Pdf.Tests.Support;
using Bleiberecht.Testing;

namespace Bleiberecht.Pdf.Tests;

/// <summary>Form values agree with pdf-lib's reading of the same files; inheritance, choices, UTF-16 and appearance-only values.</summary>
public sealed class FormTests
{
    // pdf-lib cannot decrypt, so the encrypted copies are compared with its reading of the plain file qpdf encrypted.
    [Theory]
    [InlineData("form-pdflib-filled.pdf", "form-pdflib-filled.pdf")]
    [InlineData("form-pdflib-filled-objstm.pdf", "form-pdflib-filled-objstm.pdf")]
    [InlineData("form-pdflib-empty.pdf", "form-pdflib-empty.pdf")]
    [InlineData("form-pdflib-utf16.pdf", "form-pdflib-utf16.pdf")]
    [InlineData("form-libreoffice-empty.pdf", "form-libreoffice-empty.pdf")]
    [InlineData("form-libreoffice-filled.pdf", "form-libreoffice-filled.pdf")]
    [InlineData("enc-rc4-40.pdf", "form-pdflib-filled.pdf")]
    [InlineData("enc-aes-256.pdf", "form-pdflib-filled.pdf")]
    public async Task Field_values_equal_what_pdflib_reads(string name, string pdfLibReads)
    {
        var expected = await PdfLibFieldsAsync(Fixtures.PathOf(pdfLibReads));
        using var document = PdfDocument.Open(Fixtures.Read(name));

        var form = document.GetForm();

        Assert.Equal(expected.Select(e => e.Name), form.Fields.Select(f => f.FullName));
        foreach (var (fieldName, kind, value) in expected)
        {
            var field = form.GetField(fieldName)!;
            var ours = kind switch
            {
                "checkbox" => field.IsChecked == true ? "checked" : "unchecked",
                "list" or "combo" => field.Values.Count == 0 ? null : string.Join('|', field.Values),
                _ => field.Value,
            };
            // pdf-lib reports an empty text field as "", we as null (no value).
            Assert.True((value ?? "") == (ours ?? ""), $"{fieldName}: pdf-lib '{value}', ours '{ours}'");
        }
    }

    [Fact]
    public void Filled_form_reports_kinds_options_and_checked_states()
    {
        using var document = PdfDocument.Open(Fixtures.Read("form-pdflib-filled.pdf"));

        var form = document.GetForm();

        Assert.Equal(FieldKind.Text, form.GetField("person.name")!.Kind);
        Assert.Equal("Amina Özdemir", form.GetField("person.name")!.Value);
        Assert.Equal("Zeile eins\nZeile zwei", form.GetField("notes")!.Value);
        Assert.True(form.GetField("consent")!.IsChecked);
        Assert.False(form.GetField("marketing")!.IsChecked);
        var status = form.GetField("status")!;
        Assert.Equal(FieldKind.RadioButton, status.Kind);
        Assert.Equal("gestattet", status.Value);
        Assert.Equal(["geduldet", "gestattet", "sonstiges"], status.Options);
        Assert.Equal(FieldKind.ComboBox, form.GetField("office")!.Kind);
        Assert.Contains("Müllheim", form.GetField("office")!.Options);
        Assert.Equal(["Deutsch", "Arabisch"], form.GetField("languages")!.Values);
        Assert.Equal([1], form.GetField("person.name")!.Pages);
        Assert.Equal([2], form.GetField("consent")!.Pages);
    }

    [Fact]
    public void A_libreoffice_form_filled_by_pdflib_reads_back_its_values()
    {
        using var document = PdfDocument.Open(Fixtures.Read("form-libreoffice-filled.pdf"));

        var form = document.GetForm();

        Assert.True(form.NeedAppearances);
        Assert.Equal("Jovana Petrović", form.GetField("applicant")!.Value);
        Assert.Equal("Dortmund-Hörde", form.GetField("city")!.Value);
        Assert.True(form.GetField("consent")!.IsChecked);
        Assert.Equal("gestattet", form.GetField("status")!.Value);
        Assert.Equal(["geduldet", "gestattet", "sonstiges"], form.GetField("status")!.Options);
    }

    [Fact]
    public void Utf16_values_come_back_exactly()
    {
        using var document = PdfDocument.Open(Fixtures.Read("form-pdflib-utf16.pdf"));

        Assert.Equal("Łukasz Ελληνικά 中文 😀", document.GetForm().GetField("person.name")!.Value);
    }

    [Fact]
    public void A_document_without_form_has_none()
    {
        using var document = PdfDocument.Open(Fixtures.Read("text-chromium.pdf"));

        Assert.False(document.TryGetForm(out _));
        Assert.Equal(PdfReadError.Malformed, Assert.Throws<PdfReadException>(document.GetForm).Reason);
    }

    [Fact]
    public void Inherited_type_and_value_reach_the_terminal_fields_and_names_are_qualified()
    {
        var pdf = HandMadePdf.OnePage("", out var root);
        pdf.Set(1, "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] /NeedAppearances true >> >>");
        pdf.Add("<< /T (applicant) /FT /Tx /Ff 2 /Kids [7 0 R 8 0 R] >>");
        pdf.Add("<< /T (first) /Parent 6 0 R /V (Jana) /Subtype /Widget /Rect [0 0 10 10] >>");
        pdf.Add("<< /T (last) /Parent 6 0 R /V <FEFF004E006F0076006101610020> /Subtype /Widget /Rect [0 0 10 10] >>");
        using var document = PdfDocument.Open(pdf.Build(root));

        var form = document.GetForm();

        Assert.True(form.NeedAppearances);
        Assert.Equal(["applicant.first", "applicant.last"], form.Fields.Select(f => f.FullName));
        Assert.All(form.Fields, f => Assert.Equal(FieldKind.Text, f.Kind));
        Assert.All(form.Fields, f => Assert.True(f.IsRequired));
        Assert.Equal("Novaš ", form.GetField("applicant.last")!.Value);
    }

    [Fact]
    public void A_text_value_that_sits_only_in_the_appearance_is_read_from_it()
    {
        var pdf = HandMadePdf.OnePage("", out var root);
        pdf.Set(1, "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] /DR << /Font << /Helv 4 0 R >> >> >> >>");
        pdf.Add("<< /T (city) /FT /Tx /Subtype /Widget /Rect [50 700 250 720] /AP << /N 7 0 R >> >>");
        pdf.AddStream(" /Type /XObject /Subtype /Form /BBox [0 0 200 20]", System.Text.Encoding.Latin1.GetBytes("/Tx BMC BT /Helv 12 Tf 2 5 Td (Dortmund-H\u00F6rde) Tj ET EMC"));
        using var document = PdfDocument.Open(pdf.Build(root));

        var field = document.GetForm().GetField("city")!;

        Assert.Equal(FieldValueSource.Appearance, field.ValueSource);
        Assert.Equal("Dortmund-Hörde", field.Value);
    }

    [Fact]
    public void An_incremental_update_changes_the_value_and_the_newest_revision_wins()
    {
        var original = Fixtures.Read("form-pdflib-filled.pdf");
        using var before = PdfDocument.Open(original);
        var street = "<" + Convert.ToHexString(System.Text.Encoding.BigEndianUnicode.GetPreamble().Concat(System.Text.Encoding.BigEndianUnicode.GetBytes("Hauptstraße 12")).ToArray()) + ">";
        var (number, body) = ObjectContaining(original, "/V " + street);
        var replacement = "<" + Convert.ToHexString(System.Text.Encoding.BigEndianUnicode.GetPreamble().Concat(System.Text.Encoding.BigEndianUnicode.GetBytes("Nebenstraße 3")).ToArray()) + ">";
        var updated = HandMadePdf.AppendUpdate(original, new Dictionary<int, string> { [number] = body.Replace(street, replacement, StringComparison.Ordinal) }, RootOf(original), 999);
        using var after = PdfDocument.Open(updated);

        Assert.Equal(1, before.Information.Revisions);
        Assert.Equal(2, after.Information.Revisions);
        Assert.Equal("Hauptstraße 12", before.GetForm().GetField("person.street")!.Value);
        Assert.Equal("Nebenstraße 3", after.GetForm().GetField("person.street")!.Value);
        Assert.Equal("Amina Özdemir", after.GetForm().GetField("person.name")!.Value);
    }

    internal static async Task<List<(string Name, string Kind, string? Value)>> PdfLibFieldsAsync(string path)
    {
        var script = Path.Combine(Fixtures.Folder, "read-form.js");
        var (exit, output, error) = await NodeProcess.RunAsync(script, [path], new Dictionary<string, string> { ["NODE_PATH"] = RepoPaths.NodeModules });
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("name").GetString()!, e.GetProperty("kind").GetString()!, e.GetProperty("value").GetString()))
            .ToList();
    }

    // Finds the plain (not compressed) object whose body contains a marker.
    internal static (int Number, string Body) ObjectContaining(byte[] pdf, string marker)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        var start = text.LastIndexOf(" 0 obj", at, StringComparison.Ordinal);
        var lineStart = text.LastIndexOf('\n', start) + 1;
        var number = int.Parse(text[lineStart..start], System.Globalization.CultureInfo.InvariantCulture);
        var bodyStart = start + " 0 obj".Length;
        var end = text.IndexOf("endobj", at, StringComparison.Ordinal);
        return (number, text[bodyStart..end].Trim());
    }

    internal static string RootOf(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("/Root ", StringComparison.Ordinal) + 6;
        var end = text.IndexOf('R', at) + 1;
        return text[at..end];
    }
}
