namespace Bleiberecht.Pdf.Fonts;

/// <summary>One entry of a TrueType table directory: where the table's bytes are in the file.</summary>
internal readonly record struct TrueTypeTable(string Tag, int Offset, int Length);
