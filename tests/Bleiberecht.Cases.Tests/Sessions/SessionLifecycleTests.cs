using System.Text;
using Bleiberecht.Cases.Calendar;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Sessions;
using Bleiberecht.Documents.Generated;
using Bleiberecht.Testing;
using Bleiberecht.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace Bleiberecht.Cases.Tests.Sessions;

/// <summary>The session orchestration on Azurite, driven by the manual clock: agenda deadline, invitations, conclusion.</summary>
public sealed class SessionLifecycleTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly Actor Secretariat = new(ActorRole.Secretariat, "geschaeftsstelle@stadt.dortmund.example");

    [Fact]
    public async Task A_session_closes_its_agenda_at_the_deadline_invites_the_members_in_office_records_outcomes_and_carries_over_the_rest()
    {
        await using var harness = await SessionHarness.StartAsync(azurite);
        var committee = harness.Committee;
        var session = await harness.Sessions.PlanAsync(committee.Id, new SessionPlan(SessionKind.Regular, SessionHarness.Berlin(2027, 3, 1, 10), "Rathaus, Sitzungssaal 2"), Secretariat);
        var (assessed, deferred, undecided) = (await harness.NewCaseAsync(1), await harness.NewCaseAsync(2), await harness.NewCaseAsync(3));
        foreach (var caseNumber in new[] { assessed, deferred, undecided })
        {
            Assert.Equal(session.Id, await harness.Agenda.EnqueueAsync(committee.Id, caseNumber, urgent: caseNumber == deferred));
        }

        // Not before the deadline: one minute before it, the agenda is still open and nobody got mail.
        harness.Time.Advance(session.AgendaClosesAt - harness.Time.GetUtcNow() - TimeSpan.FromMinutes(1));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal(SessionStatus.Planned, (await harness.Sessions.GetAsync(session.Id))!.Status);
        Assert.Empty(harness.Mail.Sent);

        harness.Time.Advance(TimeSpan.FromMinutes(2));
        var members = committee.Members.Where(m => m.Id != SessionHarness.FormerMember.Id).ToArray();
        await SessionHarness.EventuallyAsync(() => harness.Mail.Sent.Count == members.Length + 1, "the invitations went out");
        var closed = (await harness.Sessions.GetAsync(session.Id))!;
        Assert.Equal(SessionStatus.AgendaClosed, closed.Status);
        Assert.Equal(members.Select(m => m.Id).Order(StringComparer.Ordinal), closed.InvitedMemberIds.Order(StringComparer.Ordinal));
        Assert.All(closed.Cases, c => Assert.Equal(SessionCaseState.OnAgenda, c.State));

        // Invitations: every member in office and the secretariat, nobody else (the former member gets nothing).
        var invitations = harness.Mail.Sent;
        Assert.Equal(
            members.Select(m => m.Email).Append(committee.Secretariat.Email).Order(StringComparer.Ordinal),
            invitations.Select(m => m.To.Single().Address).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(invitations, m => m.To.Any(t => t.Address == SessionHarness.FormerMember.Email));
        Assert.All(invitations, m => Assert.Equal(
            ["Dossier-" + assessed + ".pdf", "Dossier-" + deferred + ".pdf", "Dossier-" + undecided + ".pdf", "Einladung.pdf", "Sitzung.ics", "Tagesordnung.pdf"],
            m.Attachments.Select(a => a.FileName).Order(StringComparer.Ordinal)));
        Assert.Equal(invitations.Count, invitations.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(invitations, m => Assert.True(m.Date <= (DateTimeOffset)closed.InvitationsDueAt, "sent before the invitation deadline"));

        // The agenda: case numbers, no applicant data; the dossier: pseudonymised.
        var mail = invitations.First(m => m.To.Single().Address == members[0].Email);
        var agendaText = await PdfText.ExtractAsync(mail.Attachments.Single(a => a.FileName == "Tagesordnung.pdf").Content);
        Assert.All(new[] { assessed, deferred, undecided }, c => Assert.Contains(c, agendaText, StringComparison.Ordinal));
        Assert.Contains("(dringlich)", agendaText, StringComparison.Ordinal);
        var dossierText = await PdfText.ExtractAsync(mail.Attachments.Single(a => a.FileName == $"Dossier-{assessed}.pdf").Content);
        Assert.Contains("afghanisch", dossierText, StringComparison.Ordinal);
        Assert.Contains("Pflegehelfer", dossierText, StringComparison.Ordinal);
        foreach (var text in new[] { agendaText, dossierText })
        {
            Assert.DoesNotContain(TestCaseService.FamilyName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestCaseService.GivenNames, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestCaseService.Street, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestCaseService.BirthDate, text, StringComparison.Ordinal);
        }

        var invitationText = await PdfText.ExtractAsync(mail.Attachments.Single(a => a.FileName == "Einladung.pdf").Content);
        Assert.Contains(members[0].Name, invitationText, StringComparison.Ordinal);
        var ics = Encoding.UTF8.GetString(mail.Attachments.Single(a => a.FileName == "Sitzung.ics").Content.Span);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20270301T100000", ics, StringComparison.Ordinal);

        var stored = await harness.Documents.ListForSessionAsync(session.Id);
        Assert.Single(stored, d => d.Kind == StoredDocumentKind.Agenda);
        Assert.Equal(members.Select(m => m.Id).Order(StringComparer.Ordinal), stored.Where(d => d.Kind == StoredDocumentKind.Invitation).Select(d => d.MemberId!).Order(StringComparer.Ordinal));
        Assert.Equal(3, stored.Count(d => d.Kind == StoredDocumentKind.Dossier));

        await SessionHarness.EventuallyAsync(() => new[] { assessed, deferred, undecided }.All(c => harness.CaseEvents.For(c).Any(e => e.Kind == CaseEventKind.AgendaClosed)), "every case was told its agenda closed");

        // Outcomes, then the conclusion.
        var assessment = new Contracts.Assessment(Recommendation.HardshipRequest, "Das Gremium empfiehlt ein Härtefallersuchen.");
        await harness.Sessions.RecordAssessmentAsync(session.Id, assessed, assessment, Secretariat);
        await harness.Sessions.RecordAssessmentAsync(session.Id, assessed, assessment, Secretariat); // a retry: tells the case again
        var changed = await Assert.ThrowsAsync<SessionPlanningException>(() =>
            harness.Sessions.RecordAssessmentAsync(session.Id, assessed, assessment with { Recommendation = Recommendation.NoHardshipRequest }, Secretariat));
        Assert.Equal("outcome-already-recorded", changed.Refusal.Code);
        await harness.Sessions.RecordDeferralAsync(session.Id, deferred, "Arbeitsvertrag nachreichen", Secretariat);
        var deputy = await Assert.ThrowsAsync<SessionPlanningException>(() =>
            harness.Sessions.ConcludeAsync(session.Id, new SessionConclusion(["wohlfahrt-1", SessionHarness.FormerMember.Id], "wohlfahrt-1"), Secretariat));
        Assert.Equal("member-not-invited", deputy.Refusal.Code);
        await harness.Sessions.ConcludeAsync(session.Id, new SessionConclusion(["wohlfahrt-1", "ehrenamt-1", "abh-leitung"], "wohlfahrt-1", new Dictionary<string, string> { [assessed] = "Ausführlich beraten." }), Secretariat);
        var late = await Assert.ThrowsAsync<SessionPlanningException>(() => harness.Sessions.RecordAssessmentAsync(session.Id, undecided, assessment, Secretariat));
        Assert.Equal("session-ended", late.Refusal.Code);

        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var completed = await harness.Workflows.WaitForInstanceCompletionAsync(session.Id, getInputsAndOutputs: true, wait.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, completed.RuntimeStatus);

        var concluded = (await harness.Sessions.GetAsync(session.Id))!;
        Assert.Equal(SessionStatus.Concluded, concluded.Status);
        Assert.Equal(
            [(assessed, SessionCaseState.Assessed), (deferred, SessionCaseState.Deferred), (undecided, SessionCaseState.Deferred)],
            concluded.Cases.Select(c => (c.CaseNumber, c.State)));

        await SessionHarness.EventuallyAsync(() => harness.CaseEvents.For(assessed).Count(e => e.Kind == CaseEventKind.Assessed) == 2, "the assessed case was told (twice: the retry)");
        Assert.All(harness.CaseEvents.For(assessed).Where(e => e.Kind == CaseEventKind.Assessed), e => Assert.Equal((session.Id, assessment), (e.SessionId, e.Assessment)));
        await SessionHarness.EventuallyAsync(() => harness.CaseEvents.For(deferred).Any(e => e.Kind == CaseEventKind.Deferred), "the deferred case was told");
        Assert.Equal("Arbeitsvertrag nachreichen", harness.CaseEvents.For(deferred).Single(e => e.Kind == CaseEventKind.Deferred).Reason);
        await SessionHarness.EventuallyAsync(() => harness.CaseEvents.For(undecided).Any(e => e.Kind == CaseEventKind.Deferred), "the undecided case was carried over");
        Assert.Equal(ConcludeSessionActivity.CarriedOverReason, harness.CaseEvents.For(undecided).Single(e => e.Kind == CaseEventKind.Deferred).Reason);
        Assert.DoesNotContain(harness.CaseEvents.For(assessed), e => e.Kind == CaseEventKind.Deferred);

        // The minutes: kept in container "minutes", mailed to the secretariat only.
        var minutesMail = harness.Mail.Sent.Skip(invitations.Count).ToArray();
        Assert.Equal([committee.Secretariat.Email], minutesMail.SelectMany(m => m.To).Select(t => t.Address));
        var minutes = (await harness.Documents.ListForSessionAsync(session.Id)).Single(d => d.Kind == StoredDocumentKind.Minutes);
        Assert.StartsWith("minutes/", minutes.Id, StringComparison.Ordinal);
        Assert.DoesNotContain(await harness.Documents.ListForCaseAsync(assessed), d => d.Kind == StoredDocumentKind.Minutes);
        var minutesText = await PdfText.ExtractAsync(minutesMail.Single().Attachments.Single().Content);
        Assert.Contains(assessed, minutesText, StringComparison.Ordinal);
        Assert.Contains("Ausführlich beraten.", minutesText, StringComparison.Ordinal);
        Assert.Contains("vertagt", minutesText, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCaseService.FamilyName, minutesText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_the_invitation_step_again_sends_no_mail_twice()
    {
        await using var harness = await SessionHarness.StartAsync(azurite);
        var session = await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.AdHoc, SessionHarness.Berlin(2027, 1, 14, 10), "Rathaus"), Secretariat);
        await harness.Agenda.EnqueueAsync(harness.Committee.Id, await harness.NewCaseAsync(1), urgent: true);
        harness.Time.Advance(session.AgendaClosesAt - harness.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        await SessionHarness.EventuallyAsync(() => harness.Mail.Sent.Count == harness.Committee.Members.Count + 1, "the invitations went out");
        var first = harness.Mail.Sent.Count;

        var activity = ActivatorUtilities.CreateInstance<SendInvitationsActivity>(harness.Services);
        var sentAgain = await activity.RunAsync(new TaskActivityContext(SendInvitationsActivity.Name, session.Id, 99, CancellationToken.None), new SessionLifecycleInput(session.Id, harness.Committee.Id, session.AgendaClosesAt));

        Assert.Equal(0, sentAgain);
        Assert.Equal(first, harness.Mail.Sent.Count);
    }

    [Fact]
    public async Task Cancelling_a_session_before_its_agenda_closes_sends_its_cases_back_to_waiting()
    {
        await using var harness = await SessionHarness.StartAsync(azurite);
        var session = await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.Regular, SessionHarness.Berlin(2027, 3, 1, 10), "Rathaus"), Secretariat);
        var caseNumber = await harness.NewCaseAsync(1);
        await harness.Agenda.EnqueueAsync(harness.Committee.Id, caseNumber, urgent: false);

        await harness.Workflows.RaiseEventAsync(session.Id, CaseWorkflow.SessionEventName, new SessionEvent { Kind = SessionEventKind.Cancelled, Actor = Secretariat, At = harness.Time.GetUtcNow() });
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await harness.Workflows.WaitForInstanceCompletionAsync(session.Id, cancellationToken: wait.Token);

        Assert.Equal(SessionStatus.Cancelled, (await harness.Sessions.GetAsync(session.Id))!.Status);
        await SessionHarness.EventuallyAsync(() => harness.CaseEvents.For(caseNumber).Any(e => e.Kind == CaseEventKind.Deferred), "the case went back to waiting");
        Assert.Empty(harness.Mail.Sent);
    }
}
