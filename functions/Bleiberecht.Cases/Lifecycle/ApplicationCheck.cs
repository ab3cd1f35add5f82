using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>
/// What the orchestration learns from reading the submissions: codes and flags only (the history holds no personal
/// data), plus the committee's periods (read once, so a changed configuration does not change a running case's replay).
/// </summary>
/// <param name="IsComplete">Consent given and no blocking problem.</param>
/// <param name="HasConsent">The consent is given.</param>
/// <param name="MissingItems">Codes of what is missing (<c>consent-missing</c>, <c>missing-field:person_familienname</c>, …).</param>
/// <param name="Exclusions">Exclusion questions answered "yes".</param>
/// <param name="Urgent">Marked urgent, or a deportation date is fixed.</param>
/// <param name="Rules">The committee's periods.</param>
internal sealed record ApplicationCheck(
    bool IsComplete,
    bool HasConsent,
    IReadOnlyList<string> MissingItems,
    IReadOnlyList<ExclusionFact> Exclusions,
    bool Urgent,
    CaseLifecyclePeriods Rules);
