namespace Bleiberecht.Pdf.Parsing;

internal enum XrefEntryType
{
    Free,
    InFile,
    Compressed,
}

/// <summary>One cross-reference entry: a byte offset, or an object stream number and index.</summary>
internal readonly record struct XrefEntry(XrefEntryType Type, long Offset, int Generation, int StreamNumber = 0, int StreamIndex = 0);
