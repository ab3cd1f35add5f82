namespace Bleiberecht.Cases.Calendar;

/// <summary>Why a session cannot be planned: a stable code and the text for the secretariat (German first).</summary>
public sealed record PlanningRefusal(string Code, string Field, string MessageDe, string MessageEn);
