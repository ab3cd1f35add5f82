namespace Bleiberecht.Cases.Committees;

/// <summary>The seats of a committee. There is deliberately no deputy role: confidentiality allows no substitutes.</summary>
public enum MemberRole
{
    /// <summary>Named by the working group of the welfare associations (AWO, DRK, Diakonie, …).</summary>
    WelfareAssociation,

    /// <summary>A volunteer from refugee aid.</summary>
    VolunteerRefugeeAid,

    /// <summary>The head of the foreigners' authority (Leitung der Ausländerbehörde).</summary>
    ForeignersAuthorityHead,
}
