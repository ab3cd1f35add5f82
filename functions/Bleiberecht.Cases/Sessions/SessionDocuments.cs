using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Generated;
using IcsCalendar = Bleiberecht.Documents.Generated.SessionCalendar;

namespace Bleiberecht.Cases.Sessions;

/// <summary>
/// Renders a session's documents with the committee's template set: the pseudonymised agenda (case numbers and a
/// neutral topic), invitations, dossiers (no name, address or birth date), the calendar entry and the minutes.
/// </summary>
internal sealed class SessionDocuments(TimeProvider timeProvider)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TemplateSet> templateSets = new(StringComparer.Ordinal);

    /// <summary>The topic every agenda item carries: nothing about the person.</summary>
    public const string Topic = "Beratung eines Einzelfalls";

    public static SessionInfo Info(SessionRecord session) => new(session.Number, session.StartsAt, session.Duration, session.Place);

    public static IReadOnlyList<AgendaItem> Items(IEnumerable<AgendaEntry> onAgenda) =>
        onAgenda.Select(e => new AgendaItem(e.CaseNumber, e.Urgent ? Topic + " (dringlich)" : Topic)).ToArray();

    public byte[] Agenda(CommitteeConfiguration committee, SessionRecord session, IReadOnlyList<AgendaItem> items) =>
        Generator(committee).Agenda(Info(session), items);

    public byte[] Invitation(CommitteeConfiguration committee, SessionRecord session, IReadOnlyList<AgendaItem> items, string name, string email) =>
        Generator(committee).Invitation(new MemberInvitation(
            new PostalAddress([name, email]),
            $"Guten Tag {name},",
            Info(session),
            items,
            Today(committee),
            committee.Secretariat.Name));

    public byte[] Dossier(CommitteeConfiguration committee, SessionRecord session, string caseNumber, Documents.Application.ApplicationRecord application)
    {
        var today = Today(committee);
        return Generator(committee).Dossier(new DossierData(caseNumber, Info(session), DossierSections.From(application, today), today));
    }

    public byte[] Calendar(CommitteeConfiguration committee, SessionRecord session, string uidDomain) =>
        System.Text.Encoding.UTF8.GetBytes(IcsCalendar.Create(committee.Name, Info(session), uidDomain, timeProvider));

    public byte[] Minutes(CommitteeConfiguration committee, SessionRecord session, SessionConclusion conclusion, IEnumerable<AgendaEntry> entries)
    {
        var templates = Templates(committee);
        var present = conclusion.PresentMemberIds.Select(id => committee.Members.FirstOrDefault(m => m.Id == id)?.Name ?? id).ToArray();
        var chair = committee.Members.FirstOrDefault(m => m.Id == conclusion.Chair)?.Name ?? conclusion.Chair;
        var items = entries
            .Where(e => e.State is SessionCaseState.Assessed or SessionCaseState.Deferred)
            .Select(e => new MinutesItem(
                e.CaseNumber,
                e.Urgent ? Topic + " (dringlich)" : Topic,
                conclusion.Notes?.GetValueOrDefault(e.CaseNumber) is { Length: > 0 } note ? note : "Keine Aufzeichnungen.",
                Outcome(e, templates)))
            .ToArray();
        return Generator(committee, templates).Minutes(new MinutesData(Info(session), chair, committee.Secretariat.Name, present, items, Today(committee)));
    }

    /// <summary>The letterhead: the committee's name and its secretariat (the configuration has no postal address yet).</summary>
    public static CommitteeLetterhead Letterhead(CommitteeConfiguration committee)
    {
        ArgumentNullException.ThrowIfNull(committee);
        var city = new string(committee.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault("").Where(char.IsLetter).ToArray());
        return new CommitteeLetterhead(committee.Name, [committee.Secretariat.Name], city, committee.Secretariat.Email);
    }

    private static string Outcome(AgendaEntry entry, TemplateSet templates) => entry switch
    {
        { State: SessionCaseState.Assessed, Recommendation: { } r } => "Einschätzung: " + templates.Recommendations.GetValueOrDefault(r.ToString(), r.ToString()),
        { State: SessionCaseState.Assessed } => "Einschätzung abgegeben",
        { CarriedOver: true } => "Nicht abschließend beraten; auf die nächste Sitzung vertagt",
        _ => "Zurückgestellt",
    };

    private DateOnly Today(CommitteeConfiguration committee) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(committee.TimeZone)).DateTime);

    private DocumentGenerator Generator(CommitteeConfiguration committee, TemplateSet? templates = null) =>
        new(Letterhead(committee), templates ?? Templates(committee), timeProvider);

    private TemplateSet Templates(CommitteeConfiguration committee) => templateSets.GetOrAdd(committee.Templates, TemplateSet.Load);
}
