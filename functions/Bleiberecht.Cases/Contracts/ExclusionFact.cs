namespace Bleiberecht.Cases.Contracts;

/// <summary>The facts that make a case not admissible (Dortmund's rules; § 23a-like commissions).</summary>
public enum ExclusionFact
{
    /// <summary>Another foreigners' authority is competent (chapter 7 AufenthG).</summary>
    OtherAuthorityCompetent,

    /// <summary>An administrative court procedure in the same matter is pending (at submission or started later).</summary>
    CourtProcedurePending,

    /// <summary>An asylum application was filed or is pending (at submission or later).</summary>
    AsylumApplication,
}
