using Bleiberecht.Pdf.Core;

namespace Bleiberecht.Pdf.Content;

/// <summary>A leaf of the page tree with its inherited attributes resolved.</summary>
internal sealed record PageNode(PdfDictionary Dictionary, PdfDictionary? Resources, PdfArray? MediaBox, PdfArray? CropBox, int Rotate);
