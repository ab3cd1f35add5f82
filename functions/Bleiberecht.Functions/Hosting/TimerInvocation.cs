namespace Bleiberecht.Functions.Hosting;

/// <summary>A tick of a scheduled function.</summary>
/// <param name="FunctionName">The function being invoked.</param>
/// <param name="ScheduledFor">The occurrence this tick stands for (UTC), or the time it ran when the host did not say.</param>
/// <param name="IsPastDue">The tick runs noticeably later than scheduled (the app or host was busy or down).</param>
/// <param name="Next">The next occurrence, if known.</param>
internal sealed record TimerInvocation(
    string FunctionName,
    DateTimeOffset ScheduledFor,
    bool IsPastDue,
    DateTimeOffset? Next);
