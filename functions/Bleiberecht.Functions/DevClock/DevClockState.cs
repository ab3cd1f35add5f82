namespace Bleiberecht.Functions.DevClock;

/// <summary>The development clock's reading.</summary>
internal sealed record DevClockState(DateTimeOffset Now, TimeSpan Offset);
