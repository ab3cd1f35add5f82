namespace Bleiberecht.Pdf.Core;

/// <summary>Typed accessors that tolerate wrong types (hostile files) by returning null.</summary>
internal static class PdfObjectExtensions
{
    public static string? AsName(this PdfObject? o) => (o as PdfName)?.Value;

    public static double? AsNumber(this PdfObject? o) => o switch
    {
        PdfInteger i => i.Value,
        PdfReal r when double.IsFinite(r.Value) => r.Value,
        _ => null,
    };

    public static long? AsInteger(this PdfObject? o) => o switch
    {
        PdfInteger i => i.Value,
        PdfReal r when double.IsFinite(r.Value) && Math.Abs(r.Value) < long.MaxValue / 2 => (long)r.Value,
        _ => null,
    };

    public static int? AsInt32(this PdfObject? o) => o.AsInteger() is { } v && v is >= int.MinValue and <= int.MaxValue ? (int)v : null;

    public static string? AsText(this PdfObject? o) => o switch
    {
        PdfString s => s.ToText(),
        PdfName n => n.Value,
        _ => null,
    };
}
