namespace Bleiberecht.Pdf.Text;

/// <summary>One decoded character code: its Unicode text, advance width in text space (before font size) and whether it is the single-byte space code 32.</summary>
internal readonly record struct Glyph(string Text, double Width, bool IsWordSpace);
