namespace Bleiberecht.Cases.Committees;

/// <summary>A registered professional counsellor. Only these may submit cases (by form or e-mail).</summary>
public sealed record Counsellor(string Email, string Name);
