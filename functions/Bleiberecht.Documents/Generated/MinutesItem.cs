namespace Bleiberecht.Documents.Generated;

/// <summary>One item of the minutes: pseudonymised case reference, topic, the discussion and the outcome (vote).</summary>
public sealed record MinutesItem(string CaseReference, string Topic, string Discussion, string Outcome);
