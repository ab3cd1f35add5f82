namespace Bleiberecht.Pdf.Tests.Writer;

/// <summary>A clock standing still, for reproducible creation dates.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
