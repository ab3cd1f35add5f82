namespace Bleiberecht.Functions.DevClock;

/// <summary>
/// The system clock plus an offset that only moves forward: lets a local demo jump over the committee's periods
/// (7-day reminder, 21-day agenda deadline, retention) on a running system. Never registered in Azure.
/// </summary>
internal sealed class AdjustableTimeProvider(TimeProvider inner) : TimeProvider
{
    private long offsetTicks;

    /// <summary>How far the clock runs ahead of the system clock.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    /// <summary>The real time (sign-in tokens expire in real time, wherever the committee's calendar was moved to).</summary>
    public DateTimeOffset SystemUtcNow => inner.GetUtcNow();

    /// <inheritdoc />
    public override long GetTimestamp() => inner.GetTimestamp();

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    /// <summary>Moves the clock forward by <paramref name="by"/> (positive, at most 10 years at once).</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        if (by <= TimeSpan.Zero || by > TimeSpan.FromDays(3660))
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, "The clock only moves forward, by at most ten years at once.");
        }

        Interlocked.Add(ref offsetTicks, by.Ticks);
        return GetUtcNow();
    }
}
