namespace Bleiberecht.Cases.Committees;

/// <summary>A functional contact (the secretariat, the foreigners' authority): a name and a mailbox.</summary>
public sealed record Contact(string Name, string Email);
