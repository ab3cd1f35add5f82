using System.Globalization;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Documents.Generated;

/// <summary>
/// The dossier sections of an application, pseudonymised: no names, address, date of birth or ABH file number;
/// age in years and nationality instead. Free text is taken as written (the counsellor is asked to avoid names).
/// </summary>
public static class DossierSections
{
    /// <summary>The sections for <paramref name="record"/> as of <paramref name="today"/>.</summary>
    public static IReadOnlyList<DossierSection> From(ApplicationRecord record, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sections = new List<DossierSection>();
        var age = record.DateOfBirth is { } birth ? (today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0)).ToString(CultureInfo.InvariantCulture) + " Jahre" : "unbekannt";
        sections.Add(new("Person", $"Alter: {age}\nStaatsangehörigkeit: {record.Nationality ?? "unbekannt"}"));
        sections.Add(new("Aufenthalt", string.Join("\n", new[]
        {
            record.EntryDate is { } entry ? "Einreise: " + GermanFormat.Date(entry) : null,
            record.ToleratedSince is { } tolerated ? "Geduldet seit: " + GermanFormat.Date(tolerated) : null,
            record.EarlierStatuses is { } earlier ? "Frühere Status: " + earlier : null,
            "Abschiebungstermin: " + (record.DeportationDateFixed == true ? record.DeportationDate is { } d ? GermanFormat.Date(d) : "ja" : "keiner bekannt"),
        }.Where(l => l is not null))));
        Add(sections, "Gründe für eine besondere Härte", record.HardshipReasons);
        Add(sections, "Familie", string.Join("\n", new[] { record.MinorChildren is { } c ? "Minderjährige Kinder: " + c.ToString(CultureInfo.InvariantCulture) : null, record.FamilyDetails }.Where(l => l is not null)));
        Add(sections, "Integration", string.Join("\n", new[]
        {
            record.Work is { } work ? "Arbeit: " + work : null,
            record.LanguageLevel is { } level ? "Deutschkenntnisse: " + level : null,
            record.SchoolOrTraining is { } school ? "Schule/Ausbildung: " + school : null,
        }.Where(l => l is not null)));
        if (record.Urgent == true)
        {
            Add(sections, "Dringlichkeit", record.UrgencyReason ?? "dringend");
        }

        return sections;
    }

    private static void Add(List<DossierSection> sections, string heading, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            sections.Add(new(heading, text));
        }
    }
}
