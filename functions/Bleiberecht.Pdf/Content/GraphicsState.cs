using Bleiberecht.Pdf.Text;

namespace Bleiberecht.Pdf.Content;

/// <summary>The parts of the graphics state text extraction needs (CTM and text state).</summary>
internal sealed class GraphicsState
{
    public Matrix Ctm { get; set; } = Matrix.Identity;

    public FontDecoder? Font { get; set; }

    public double FontSize { get; set; }

    public double CharacterSpacing { get; set; }

    public double WordSpacing { get; set; }

    public double HorizontalScale { get; set; } = 1;

    public double Leading { get; set; }

    public double Rise { get; set; }

    public GraphicsState Clone() => (GraphicsState)MemberwiseClone();
}
