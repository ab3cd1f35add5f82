namespace Bleiberecht.Cases.Committees;

/// <summary>A registered organisation: the municipal integration management (KIM) or a welfare association's refugee counselling.</summary>
public sealed record CounsellorOrganisation(string Id, string Name, IReadOnlyList<Counsellor> Counsellors);
