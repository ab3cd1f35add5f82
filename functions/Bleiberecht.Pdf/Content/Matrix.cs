namespace Bleiberecht.Pdf.Content;

/// <summary>A PDF transformation matrix [a b c d e f].</summary>
internal readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static readonly Matrix Identity = new(1, 0, 0, 1, 0, 0);

    /// <summary>this × other (apply this first, then other).</summary>
    public Matrix Multiply(Matrix o) => new(
        (A * o.A) + (B * o.C),
        (A * o.B) + (B * o.D),
        (C * o.A) + (D * o.C),
        (C * o.B) + (D * o.D),
        (E * o.A) + (F * o.C) + o.E,
        (E * o.B) + (F * o.D) + o.F);

    public (double X, double Y) Transform(double x, double y) => ((x * A) + (y * C) + E, (x * B) + (y * D) + F);

    public static Matrix Translation(double x, double y) => new(1, 0, 0, 1, x, y);

    public bool IsFinite => double.IsFinite(A) && double.IsFinite(B) && double.IsFinite(C) && double.IsFinite(D) && double.IsFinite(E) && double.IsFinite(F);
}
