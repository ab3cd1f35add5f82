namespace Bleiberecht.Cases.Committees;

/// <summary>Periods of the case lifecycle.</summary>
/// <param name="ReminderAfter">When the counsellor is reminded of missing consent or fields.</param>
/// <param name="IncompleteAfter">When an incomplete case is closed as incomplete.</param>
/// <param name="RetentionAfterClosing">How long personal data and documents are kept after a case is closed.</param>
public sealed record CaseRules(TimeSpan ReminderAfter, TimeSpan IncompleteAfter, TimeSpan RetentionAfterClosing);
