namespace Bleiberecht.Pdf.Writer.Layout;

/// <summary>A table column: header text, share of the table width, alignment of its cells.</summary>
public sealed record TableColumn(string Header, double RelativeWidth = 1, TextAlignment Alignment = TextAlignment.Left);
