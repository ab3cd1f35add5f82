namespace Bleiberecht.Documents.Tests;

/// <summary>A clock that stands still at the given instant.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
