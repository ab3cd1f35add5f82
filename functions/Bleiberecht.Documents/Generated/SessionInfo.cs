namespace Bleiberecht.Documents.Generated;

/// <summary>A non-public session of the committee.</summary>
/// <param name="Number">Running number of the session.</param>
/// <param name="Start">Start (any offset; printed in Berlin time).</param>
/// <param name="Duration">Planned length.</param>
/// <param name="Place">Room and address.</param>
public sealed record SessionInfo(int Number, DateTimeOffset Start, TimeSpan Duration, string Place);
