namespace Bleiberecht.Pdf.Writer.Layout;

/// <summary>Page margins in points.</summary>
public sealed record PageMargins(double Top, double Right, double Bottom, double Left)
{
    /// <summary>Margins for a DIN 5008 style letter page: 25 mm left, 20 mm right, 20 mm top and bottom.</summary>
    public static PageMargins Default { get; } = new(56.7, 56.7, 56.7, 70.9);

    /// <summary>The same margin on all four sides.</summary>
    public static PageMargins Uniform(double points) => new(points, points, points, points);
}
