namespace Bleiberecht.Documents.Tests.Mail;

/// <summary>A clock that moves on by <paramref name="step"/> every time it is read.</summary>
internal sealed class SteppingTimeProvider(TimeSpan step) : TimeProvider
{
    private long ticks;

    public override long GetTimestamp() => ticks += (long)(step.TotalSeconds * TimestampFrequency);
}
