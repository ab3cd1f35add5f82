using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>The reasons of a not-admissible case as the closing notice states them (the committee's rules).</summary>
internal static class ExclusionTexts
{
    public static string German(ExclusionFact fact) => fact switch
    {
        ExclusionFact.OtherAuthorityCompetent => "Für den Fall ist eine andere Ausländerbehörde zuständig (Kapitel 7 Aufenthaltsgesetz).",
        ExclusionFact.CourtProcedurePending => "In derselben Angelegenheit ist ein verwaltungsgerichtliches Verfahren anhängig.",
        ExclusionFact.AsylumApplication => "Es wurde ein Asylantrag gestellt.",
        _ => fact.ToString(),
    };
}
