using System.Globalization;
using Bleiberecht.Pdf.Writer;
using Bleiberecht.Pdf.Writer.Layout;

namespace Bleiberecht.Documents.Generated;

/// <summary>
/// Renders the committee's documents as German PDFs from plain input records and the committee's
/// <see cref="TemplateSet"/> (texts as data). Letters follow DIN 5008 form B.
/// </summary>
public sealed class DocumentGenerator(CommitteeLetterhead committee, TemplateSet templates, TimeProvider timeProvider)
{
    /// <summary>Agenda of a non-public session: items with pseudonymised case references only.</summary>
    public byte[] Agenda(SessionInfo session, IReadOnlyList<AgendaItem> items)
    {
        ArgumentNullException.ThrowIfNull(session);
        var values = SessionValues(session);
        var template = templates.For(DocumentKind.Agenda);
        var layout = Sheet(Fill(template.Title!, values), templates.Marking.GetValueOrDefault("nonPublic"));
        layout.AddHeading(Fill(template.Title!, values));
        AddParagraphs(layout, template, values);
        AgendaTable(layout, items);
        return layout.Build();
    }

    /// <summary>Invitation letter to one member with the agenda (send together with <see cref="SessionCalendar"/>).</summary>
    public byte[] Invitation(MemberInvitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var values = SessionValues(invitation.Session);
        var template = templates.For(DocumentKind.Invitation);
        return LetterRenderer.Render(committee, new LetterContent(
            invitation.Member,
            [("Datum", GermanFormat.Date(invitation.Date))],
            Fill(template.Subject!, values),
            invitation.Salutation,
            Paragraphs(template, values),
            template.Closing ?? "Mit freundlichen Grüßen",
            invitation.SignedBy,
            templates.Marking.GetValueOrDefault("nonPublic"),
            layout =>
            {
                layout.AddHeading("Tagesordnung", 3);
                AgendaTable(layout, invitation.Items);
            }), timeProvider, "Einladung");
    }

    /// <summary>Case dossier for the members (pseudonymised), marked confidential.</summary>
    public byte[] Dossier(DossierData dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var values = Values(("caseReference", dossier.CaseReference));
        var template = templates.For(DocumentKind.Dossier);
        var layout = Sheet(Fill(template.Title!, values), templates.Marking.GetValueOrDefault("confidential"));
        layout.AddHeading(Fill(template.Title!, values));
        AddParagraphs(layout, template, values);
        if (dossier.Session is { } session)
        {
            layout.AddParagraph($"Beratung in der {session.Number.ToString(CultureInfo.InvariantCulture)}. Sitzung am {GermanFormat.LongDate(session.Start)}. Stand: {GermanFormat.Date(dossier.Date)}.");
        }

        foreach (var section in dossier.Sections)
        {
            layout.AddHeading(section.Heading, 2);
            layout.AddParagraph(section.Text);
        }

        return layout.Build();
    }

    /// <summary>Assessment letter to the applicant via the counsellor.</summary>
    public byte[] AssessmentLetter(CaseLetterData data) => CaseLetter(DocumentKind.AssessmentLetter, data, "Bewertung");

    /// <summary>Notice to the ABH: case taken up, with the assessment as a decision aid when there is one.</summary>
    public byte[] AuthorityNotice(CaseLetterData data) => CaseLetter(DocumentKind.AuthorityNotice, data, "Mitteilung an die Ausländerbehörde");

    /// <summary>Request to the counsellor for missing consent or fields.</summary>
    public byte[] MissingItemsRequest(CaseLetterData data) => CaseLetter(DocumentKind.MissingItemsRequest, data, "Anforderung fehlender Angaben");

    /// <summary>Reminder about missing items.</summary>
    public byte[] Reminder(CaseLetterData data) => CaseLetter(DocumentKind.Reminder, data, "Erinnerung");

    /// <summary>Closing notice (incomplete, not admissible with reasons, withdrawn).</summary>
    public byte[] ClosingNotice(CaseLetterData data) => CaseLetter(DocumentKind.ClosingNotice, data, "Abschlussmitteilung");

    /// <summary>Minutes of a session, marked confidential and not part of the immigration file.</summary>
    public byte[] Minutes(MinutesData minutes)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        var values = SessionValues(minutes.Session);
        values["chair"] = minutes.Chair;
        values["recorder"] = minutes.Recorder;
        values["present"] = string.Join(", ", minutes.Present);
        var template = templates.For(DocumentKind.Minutes);
        var marking = templates.Marking.GetValueOrDefault("confidential");
        var layout = Sheet(Fill(template.Title!, values), marking);
        layout.AddHeading(Fill(template.Title!, values));
        if (marking is not null)
        {
            layout.AddParagraph(marking, new TextStyle { Font = layout.Options.BoldFont });
        }

        AddParagraphs(layout, template, values);
        var number = 1;
        foreach (var item in minutes.Items)
        {
            layout.AddHeading($"TOP {number++.ToString(CultureInfo.InvariantCulture)}: {item.CaseReference} – {item.Topic}", 2);
            layout.AddParagraph(item.Discussion);
            layout.AddParagraph("Ergebnis: " + item.Outcome, new TextStyle { Font = layout.Options.BoldFont });
        }

        layout.AddSpace(20);
        layout.AddParagraph($"{committee.City}, {GermanFormat.Date(minutes.Date)}");
        layout.AddSpace(24);
        layout.AddParagraph($"______________________________\n{minutes.Chair} (Vorsitz)");
        layout.AddSpace(24);
        layout.AddParagraph($"______________________________\n{minutes.Recorder} (Niederschrift)");
        return layout.Build();
    }

    private byte[] CaseLetter(DocumentKind kind, CaseLetterData data, string title)
    {
        ArgumentNullException.ThrowIfNull(data);
        var values = Values(
            ("caseReference", data.CaseReference),
            ("applicantName", data.ApplicantName),
            ("assessmentText", data.AssessmentText ?? string.Empty),
            ("recommendation", data.Recommendation is { } r ? templates.Recommendations.GetValueOrDefault(r.ToString(), string.Empty) : string.Empty),
            ("closingReason", data.ClosingReason is { } c ? templates.ClosingReasons.GetValueOrDefault(c.ToString(), string.Empty) : string.Empty),
            ("items", string.Join("\n", data.Items.Select(i => "• " + i))),
            ("dueDate", data.DueDate is { } due ? GermanFormat.Date(due) : string.Empty),
            ("sessionDate", data.Session is { } s ? GermanFormat.LongDate(s.Start) : string.Empty));
        var template = templates.For(kind);
        var info = new List<(string, string)>();
        if (data.TheirReference is not null)
        {
            info.Add(("Ihr Zeichen", data.TheirReference));
        }

        info.Add(("Unser Zeichen", data.CaseReference));
        info.Add(("Ansprechpartner/-in", data.SignedBy));
        info.Add(("Datum", GermanFormat.Date(data.Date)));
        return LetterRenderer.Render(committee, new LetterContent(
            data.Recipient,
            info,
            Fill(template.Subject!, values),
            Fill(template.Salutation ?? "Sehr geehrte Damen und Herren,", values),
            Paragraphs(template, values),
            template.Closing ?? "Mit freundlichen Grüßen",
            data.SignedBy), timeProvider, title);
    }

    private DocumentLayout Sheet(string title, string? marking)
    {
        var builder = new PdfDocumentBuilder(timeProvider)
        {
            Information = new PdfDocumentInformation { Title = title, Author = committee.Name, Creator = "Bleiberecht Functions", Language = "de-DE" },
        };
        return new DocumentLayout(builder, new LayoutOptions { HeaderText = string.Join(" – ", new[] { committee.Name, marking }.Where(t => t is not null)) });
    }

    private static void AgendaTable(DocumentLayout layout, IReadOnlyList<AgendaItem> items) =>
        layout.AddTable(
            [new TableColumn("TOP", 0.5), new TableColumn("Aktenzeichen", 1.4), new TableColumn("Gegenstand", 4)],
            items.Select((item, index) => (IReadOnlyList<string>)[(index + 1).ToString(CultureInfo.InvariantCulture), item.CaseReference, item.Topic]));

    private static void AddParagraphs(DocumentLayout layout, DocumentTemplate template, Dictionary<string, string> values)
    {
        foreach (var paragraph in Paragraphs(template, values))
        {
            layout.AddParagraph(paragraph);
        }
    }

    private static List<string> Paragraphs(DocumentTemplate template, Dictionary<string, string> values) =>
        [.. template.Paragraphs.Select(p => Fill(p, values)).Where(p => !string.IsNullOrWhiteSpace(p))];

    private Dictionary<string, string> SessionValues(SessionInfo session) => Values(
        ("sessionNumber", session.Number.ToString(CultureInfo.InvariantCulture)),
        ("sessionDate", GermanFormat.LongDate(session.Start)),
        ("sessionTime", GermanFormat.Time(session.Start)),
        ("sessionPlace", session.Place));

    private Dictionary<string, string> Values(params (string Key, string Value)[] pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["committee"] = committee.Name };
        foreach (var (key, value) in pairs)
        {
            values[key] = value;
        }

        return values;
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) => TemplateSet.Fill(text, values);
}
