namespace Bleiberecht.Functions.Standalone;

/// <summary>
/// The wait between polls of an empty (or unreachable) source: starts at the minimum, doubles after each empty poll up
/// to the maximum, and drops back to the minimum as soon as work is found — the Functions queue trigger's polling.
/// </summary>
internal sealed class PollingBackoff(TimeSpan minimum, TimeSpan maximum)
{
    private TimeSpan current = TimeSpan.Zero;

    /// <summary>The wait to use after an empty poll.</summary>
    public TimeSpan NextDelay()
    {
        current = current == TimeSpan.Zero ? minimum : TimeSpan.FromTicks(Math.Min(current.Ticks * 2, maximum.Ticks));
        if (current > maximum)
        {
            current = maximum;
        }

        return current;
    }

    /// <summary>Work was found: poll again without waiting, and start over at the minimum after the next empty poll.</summary>
    public void Reset() => current = TimeSpan.Zero;
}
