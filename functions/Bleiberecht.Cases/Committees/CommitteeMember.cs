namespace Bleiberecht.Cases.Committees;

/// <summary>A named member, appointed for the council's electoral term (first and last day inclusive).</summary>
public sealed record CommitteeMember(string Id, string Name, MemberRole Role, string Email, DateOnly TermStart, DateOnly TermEnd)
{
    /// <summary>True when <paramref name="day"/> lies within the member's term.</summary>
    public bool IsInOffice(DateOnly day) => day >= TermStart && day <= TermEnd;
}
