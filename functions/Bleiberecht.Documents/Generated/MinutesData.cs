namespace Bleiberecht.Documents.Generated;

/// <summary>Input of the minutes of a session.</summary>
public sealed record MinutesData(SessionInfo Session, string Chair, string Recorder, IReadOnlyList<string> Present, IReadOnlyList<MinutesItem> Items, DateOnly Date);
