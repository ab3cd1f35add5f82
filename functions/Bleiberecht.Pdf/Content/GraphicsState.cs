using Bleiberecht.Pdf.Text;

namespace Bleiberecht.Pdf.Content;

/// <summary>The parts of the graphics state text and mark extraction need (CTM, text state, line width, whether colours are white).</summary>
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

    public double LineWidth { get; set; } = 1;

    /// <summary>The stroking colour is white (invisible on paper).</summary>
    public bool StrokeWhite { get; set; }

    /// <summary>The non-stroking colour is white (invisible on paper).</summary>
    public bool FillWhite { get; set; }

    public GraphicsState Clone() => (GraphicsState)MemberwiseClone();
}
