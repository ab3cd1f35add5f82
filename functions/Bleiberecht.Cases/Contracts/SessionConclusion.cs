namespace Bleiberecht.Cases.Contracts;

/// <summary>What the secretariat enters to conclude a session (the minutes' frame).</summary>
/// <param name="PresentMemberIds">Members present (ids from the configuration).</param>
/// <param name="Chair">Who chaired.</param>
/// <param name="Notes">Per case number: a short summary of the discussion for the minutes (optional).</param>
public sealed record SessionConclusion(IReadOnlyList<string> PresentMemberIds, string Chair, IReadOnlyDictionary<string, string>? Notes = null);
