namespace Bleiberecht.Functions.Probes;

/// <summary>What a probe function saw, as JSON in the <c>probe-records</c> queue.</summary>
/// <param name="Function">The probe function.</param>
/// <param name="Mode">The host mode that invoked it.</param>
/// <param name="Id">The message id, <c>container/blob</c>, or the tick's scheduled time.</param>
/// <param name="Text">The queue message text (probe messages only; never personal data).</param>
/// <param name="DequeueCount">The attempt (queue probe).</param>
/// <param name="IsPastDue">The tick was late (clock probe).</param>
/// <param name="At">When the function ran.</param>
internal sealed record ProbeRecord(string Function, string Mode, string Id, string? Text, long? DequeueCount, bool? IsPastDue, DateTimeOffset At);
