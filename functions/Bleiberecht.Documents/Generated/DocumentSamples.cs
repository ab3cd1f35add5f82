using Bleiberecht.Documents.Application;

namespace Bleiberecht.Documents.Generated;

/// <summary>Every generated document type rendered with sample data (for <c>documents sample DIR</c> and the tests).</summary>
public static class DocumentSamples
{
    /// <summary>The sample committee.</summary>
    public static CommitteeLetterhead Committee { get; } = new(
        "Härtefallkommission Musterstadt", ["Rathausplatz 1", "12345 Musterstadt"], "Musterstadt", "geschaeftsstelle@hfk.example.org", "0123 456789");

    /// <summary>The sample session (Berlin time 17:00, winter).</summary>
    public static SessionInfo Session { get; } = new(12, new DateTimeOffset(2026, 12, 9, 17, 0, 0, TimeSpan.FromHours(1)), TimeSpan.FromHours(2), "Rathaus, Sitzungssaal 2, Rathausplatz 1, 12345 Musterstadt");

    /// <summary>Applicant names used in the samples (must never appear in pseudonymised documents).</summary>
    public static IReadOnlyList<string> PersonalNames { get; } = ["Ayşe Öztürk", "Öztürk", "Gholam Rahimi", "Rahimi"];

    /// <summary>The sample agenda.</summary>
    public static IReadOnlyList<AgendaItem> Items { get; } =
    [
        new("HFK-2026-017", "Erstberatung: langjährige Duldung, Ausbildung in der Pflege"),
        new("HFK-2026-021", "Erstberatung: Familie mit zwei schulpflichtigen Kindern"),
        new("HFK-2026-009", "Wiedervorlage nach Vertagung: nachgereichte Unterlagen"),
    ];

    /// <summary>Renders all sample documents: file name → content (PDFs and the .ics).</summary>
    public static IReadOnlyDictionary<string, byte[]> Render(TimeProvider timeProvider, TemplateSet? templates = null)
    {
        var generator = new DocumentGenerator(Committee, templates ?? TemplateSet.Load(), timeProvider);
        var today = DateOnly.FromDateTime(GermanFormat.Berlin(timeProvider.GetUtcNow()));
        var counsellor = new PostalAddress(["AWO Flüchtlingsberatung", "Frau Sabine Beispiel", "Beratungsweg 5", "12345 Musterstadt"]);
        var authority = new PostalAddress(["Stadt Musterstadt", "Ausländerbehörde", "Amtsstraße 3", "12345 Musterstadt"]);
        var letter = new CaseLetterData
        {
            Recipient = counsellor,
            CaseReference = "HFK-2026-017",
            ApplicantName = "Ayşe Öztürk",
            Date = today,
            SignedBy = "Jana Muster",
            Session = Session,
            Recommendation = Recommendation.HardshipRequest,
            AssessmentText = "Frau Öztürk lebt seit 2015 in Deutschland, macht eine Ausbildung zur Pflegefachkraft und ist in ihrer Gemeinde verwurzelt. Ihre beiden Kinder besuchen die Schule.",
            Items = ["die unterschriebene Einwilligungserklärung", "das Einreisedatum"],
            DueDate = today.AddDays(14),
        };
        var record = new ApplicationRecord
        {
            FamilyName = "Öztürk",
            GivenNames = "Ayşe",
            DateOfBirth = new DateOnly(1991, 4, 3),
            Nationality = "türkisch",
            EntryDate = new DateOnly(2015, 10, 14),
            ToleratedSince = new DateOnly(2019, 5, 2),
            DeportationDateFixed = false,
            HardshipReasons = "Seit 2015 in Deutschland. Ausbildung zur Pflegefachkraft im zweiten Jahr, Arbeitsvertrag in Aussicht.",
            MinorChildren = 2,
            FamilyDetails = "Verheiratet, zwei Töchter (8 und 11 Jahre), beide in der Grundschule bzw. Gesamtschule.",
            Work = "Pflegehelferin, 30 Stunden pro Woche",
            LanguageLevel = "B2",
        };

        return new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["tagesordnung.pdf"] = generator.Agenda(Session, Items),
            ["einladung.pdf"] = generator.Invitation(new MemberInvitation(
                new PostalAddress(["Herrn", "Dr. Peter Mitglied", "Lindenallee 7", "12345 Musterstadt"]), "Sehr geehrter Herr Dr. Mitglied,", Session, Items, today, "Jana Muster")),
            ["sitzung.ics"] = System.Text.Encoding.UTF8.GetBytes(SessionCalendar.Create(Committee.Name, Session, "hfk.example.org", timeProvider)),
            ["dossier.pdf"] = generator.Dossier(new DossierData("HFK-2026-017", Session, DossierSections.From(record, today), today)),
            ["bewertung.pdf"] = generator.AssessmentLetter(letter),
            ["mitteilung-abh.pdf"] = generator.AuthorityNotice(letter with { Recipient = authority, TheirReference = "32/1-4711" }),
            ["anforderung.pdf"] = generator.MissingItemsRequest(letter),
            ["erinnerung.pdf"] = generator.Reminder(letter),
            ["abschluss.pdf"] = generator.ClosingNotice(letter with { ClosingReason = ClosingReason.NotAdmissible, Items = ["Ein verwaltungsgerichtliches Verfahren ist anhängig (Ausschlussgrund)."] }),
            ["niederschrift.pdf"] = generator.Minutes(new MinutesData(
                Session,
                "Maria Vorsitz",
                "Jana Muster",
                ["Maria Vorsitz", "Dr. Peter Mitglied", "Hanna Kirche", "Ali Beirat"],
                [
                    new("HFK-2026-017", "Erstberatung", "Die Berichterstatterin stellt den Fall vor. Aussprache über Ausbildung und Familie.", "Härtefallersuchen (5 Ja, 0 Nein, 0 Enthaltungen)"),
                    new("HFK-2026-021", "Erstberatung", "Unterlagen zur Schulsituation fehlen.", "Vertagt"),
                ],
                today)),
            ["kurzantrag.pdf"] = KurzantragFormGenerator.Generate(new KurzantragFormOptions { CommitteeName = Committee.Name, TimeProvider = timeProvider }),
            ["einwilligung.pdf"] = KurzantragFormGenerator.GenerateConsentForm(new KurzantragFormOptions { CommitteeName = Committee.Name, TimeProvider = timeProvider }),
        };
    }
}
