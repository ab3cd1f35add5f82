namespace Bleiberecht.Pdf.Writer.Layout;

/// <summary>What a header/footer callback knows: the page, its number and the final page count.</summary>
public sealed record PageDecorationContext(PdfPageBuilder Page, int PageNumber, int PageCount, LayoutOptions Options, AddedFont Font);
