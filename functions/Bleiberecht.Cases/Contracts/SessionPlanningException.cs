using Bleiberecht.Cases.Calendar;

namespace Bleiberecht.Cases.Contracts;

/// <summary>A session action that the rules refuse (planning a fifth regular session, recording on a closed session, …).</summary>
public sealed class SessionPlanningException(PlanningRefusal refusal) : Exception(refusal?.MessageEn)
{
    /// <summary>Why, with the field and German/English texts.</summary>
    public PlanningRefusal Refusal { get; } = refusal ?? throw new ArgumentNullException(nameof(refusal));
}
