namespace Bleiberecht.Pdf.Tests.Support;

/// <summary>A clock that moves forward by a fixed step every time it is read, to drive time budgets without sleeping.</summary>
internal sealed class SteppingTimeProvider(TimeSpan step) : TimeProvider
{
    private long ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Add(ref ticks, step.Ticks);
}
