using Bleiberecht.Cases.Calendar;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Testing;
using Bleiberecht.Workflow.Analysis;

namespace Bleiberecht.Cases.Tests.Sessions;

/// <summary>Planning sessions, the waiting list and the rules for recording outcomes (no clock movement needed).</summary>
public sealed class SessionPlanningTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly Actor Secretariat = new(ActorRole.Secretariat, "geschaeftsstelle@stadt.dortmund.example");

    [Fact]
    public async Task A_fifth_regular_session_in_a_year_is_refused_in_German_while_ad_hoc_sessions_and_the_next_year_are_allowed()
    {
        await using var harness = await SessionHarness.StartAsync(azurite);
        var prefix = harness.Committee.CaseNumberPrefix;
        var ids = new List<string>();
        foreach (var month in new[] { 3, 6, 9, 11 })
        {
            ids.Add((await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.Regular, SessionHarness.Berlin(2027, month, 1, 10), "Rathaus, Raum 1"), Secretariat)).Id);
        }

        var refused = await Assert.ThrowsAsync<SessionPlanningException>(() =>
            harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.Regular, SessionHarness.Berlin(2027, 12, 6, 10), "Rathaus, Raum 1"), Secretariat));
        var adHoc = await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.AdHoc, SessionHarness.Berlin(2027, 12, 6, 10), "Rathaus, Raum 2"), Secretariat);
        var nextYear = await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.Regular, SessionHarness.Berlin(2028, 1, 24, 10), "Rathaus, Raum 1"), Secretariat);

        Assert.Equal([$"{prefix}-S-2027-01", $"{prefix}-S-2027-02", $"{prefix}-S-2027-03", $"{prefix}-S-2027-04"], ids);
        Assert.Equal("regular-sessions-exhausted", refused.Refusal.Code);
        Assert.Contains("höchstens 4", refused.Refusal.MessageDe, StringComparison.Ordinal);
        Assert.Equal(($"{prefix}-S-2027-05", 5), (adHoc.Id, adHoc.Number));
        Assert.Equal(($"{prefix}-S-2028-01", 1), (nextYear.Id, nextYear.Number));
        Assert.Equal(5, (await harness.Sessions.ListAsync(harness.Committee.Id, 2027)).Count);
        Assert.Equal(CaseWorkflow.SessionOrchestratorName, (await harness.Workflows.GetInstanceAsync(adHoc.Id))?.Name);
    }

    [Fact]
    public async Task A_waiting_case_moves_onto_a_newly_planned_session_and_is_told_so()
    {
        await using var harness = await SessionHarness.StartAsync(azurite);
        var first = await harness.NewCaseAsync(1);
        var second = await harness.NewCaseAsync(2);

        var waitingFirst = await harness.Agenda.EnqueueAsync(harness.Committee.Id, first, urgent: false);
        harness.Time.Advance(TimeSpan.FromHours(1));
        var waitingSecond = await harness.Agenda.EnqueueAsync(harness.Committee.Id, second, urgent: false);
        var session = await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.Regular, SessionHarness.Berlin(2027, 3, 1, 10), "Rathaus, Raum 1"), Secretariat);
        var again = await harness.Agenda.EnqueueAsync(harness.Committee.Id, first, urgent: false);

        Assert.Null(waitingFirst);
        Assert.Null(waitingSecond);
        Assert.Equal([new SessionCase(first, 1, SessionCaseState.Scheduled), new SessionCase(second, 2, SessionCaseState.Scheduled)], session.Cases);
        Assert.Equal(session.Id, again);
        await SessionHarness.EventuallyAsync(() => harness.CaseEvents.For(first).Count == 1 && harness.CaseEvents.For(second).Count == 1, "both cases were told");
        var told = harness.CaseEvents.For(first).Single();
        Assert.Equal((CaseEventKind.SessionScheduled, session.Id), (told.Kind, told.SessionId));
    }

    [Fact]
    public async Task A_ready_case_goes_to_the_earliest_open_regular_session_and_an_urgent_one_to_an_earlier_ad_hoc_session()
    {
        await using var harness = await SessionHarness.StartAsync(azurite);
        var june = await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.Regular, SessionHarness.Berlin(2027, 6, 7, 10), "Rathaus"), Secretariat);
        var march = await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.Regular, SessionHarness.Berlin(2027, 3, 1, 10), "Rathaus"), Secretariat);
        var adHoc = await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.AdHoc, SessionHarness.Berlin(2027, 1, 14, 10), "Rathaus"), Secretariat);

        var normal = await harness.Agenda.EnqueueAsync(harness.Committee.Id, "X-2027-0001".Replace("X", harness.Committee.CaseNumberPrefix, StringComparison.Ordinal), urgent: false);
        var urgent = await harness.Agenda.EnqueueAsync(harness.Committee.Id, "X-2027-0002".Replace("X", harness.Committee.CaseNumberPrefix, StringComparison.Ordinal), urgent: true);

        Assert.Equal(march.Id, normal);
        Assert.Equal(adHoc.Id, urgent);
        Assert.NotEqual(june.Id, normal);
        // Planned ten days ahead, the ad hoc agenda stays open for five days (the 21-day deadline would lie in the past).
        Assert.Equal(SessionHarness.Start.AddDays(5), adHoc.AgendaClosesAt);
    }

    [Fact]
    public async Task An_ad_hoc_session_takes_the_waiting_urgent_cases_and_can_take_an_urgent_case_from_another_open_agenda()
    {
        await using var harness = await SessionHarness.StartAsync(azurite);
        var normal = await harness.NewCaseAsync(1);
        var urgent = await harness.NewCaseAsync(2);
        var later = await harness.NewCaseAsync(3);
        await harness.Agenda.EnqueueAsync(harness.Committee.Id, normal, urgent: false);
        await harness.Agenda.EnqueueAsync(harness.Committee.Id, urgent, urgent: true);

        var adHoc = await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.AdHoc, SessionHarness.Berlin(2027, 1, 20, 10), "Rathaus, Raum 2"), Secretariat);
        var regular = await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.Regular, SessionHarness.Berlin(2027, 3, 1, 10), "Rathaus, Raum 1"), Secretariat);
        Assert.Equal(regular.Id, await harness.Agenda.EnqueueAsync(harness.Committee.Id, later, urgent: false));
        await harness.Sessions.AssignCaseAsync(adHoc.Id, later, Secretariat);

        var adHocView = await harness.Sessions.GetAsync(adHoc.Id);
        var regularView = await harness.Sessions.GetAsync(regular.Id);
        Assert.Equal([urgent, later], adHocView!.Cases.Where(c => c.State == SessionCaseState.Scheduled).Select(c => c.CaseNumber));
        Assert.Equal([normal], regularView!.Cases.Where(c => c.State == SessionCaseState.Scheduled).Select(c => c.CaseNumber));
        Assert.Equal(SessionCaseState.Removed, regularView.Cases.Single(c => c.CaseNumber == later).State);
        await SessionHarness.EventuallyAsync(() => harness.CaseEvents.For(later).Any(e => e.Kind == CaseEventKind.SessionScheduled && e.SessionId == adHoc.Id), "the moved case was told");
        Assert.Equal([adHoc.Id], harness.CaseEvents.For(urgent).Select(e => e.SessionId));
    }

    [Fact]
    public async Task Outcomes_are_refused_for_a_session_that_does_not_hold_the_case_or_whose_agenda_is_still_open()
    {
        await using var harness = await SessionHarness.StartAsync(azurite);
        var caseNumber = await harness.NewCaseAsync(1);
        var march = await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.Regular, SessionHarness.Berlin(2027, 3, 1, 10), "Rathaus"), Secretariat);
        var june = await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.Regular, SessionHarness.Berlin(2027, 6, 7, 10), "Rathaus"), Secretariat);
        await harness.Agenda.EnqueueAsync(harness.Committee.Id, caseNumber, urgent: false);

        var elsewhere = await Assert.ThrowsAsync<SessionPlanningException>(() =>
            harness.Sessions.RecordAssessmentAsync(june.Id, caseNumber, new Contracts.Assessment(Documents.Generated.Recommendation.HardshipRequest, "Härtefallersuchen empfohlen."), Secretariat));
        var open = await Assert.ThrowsAsync<SessionPlanningException>(() => harness.Sessions.RecordDeferralAsync(march.Id, caseNumber, "Unterlagen fehlen", Secretariat));
        var unknown = await Assert.ThrowsAsync<SessionPlanningException>(() => harness.Sessions.ConcludeAsync(june.Id, new SessionConclusion([], "wohlfahrt-1"), Secretariat));

        Assert.Equal("case-not-on-agenda", elsewhere.Refusal.Code);
        Assert.Equal($"Der Fall {caseNumber} steht nicht auf der Tagesordnung der Sitzung {june.Id}.", elsewhere.Refusal.MessageDe);
        Assert.Equal("agenda-open", open.Refusal.Code);
        Assert.Equal("not-concludable", unknown.Refusal.Code);
        Assert.DoesNotContain(harness.CaseEvents.For(caseNumber), e => e.Kind is CaseEventKind.Assessed or CaseEventKind.Deferred);
    }

    [Fact]
    public async Task Concurrent_enqueues_put_every_case_on_the_agenda_once_with_distinct_positions()
    {
        await using var harness = await SessionHarness.StartAsync(azurite);
        var session = await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.Regular, SessionHarness.Berlin(2027, 3, 1, 10), "Rathaus"), Secretariat);
        var cases = Enumerable.Range(1, 12).Select(n => new CaseNumber(harness.Committee.CaseNumberPrefix, 2027, n).ToString()).ToArray();

        var placed = await Task.WhenAll(cases.Concat(cases).Select(c => harness.Agenda.EnqueueAsync(harness.Committee.Id, c, urgent: false)));
        await harness.Agenda.RemoveAsync(harness.Committee.Id, cases[0]);

        Assert.All(placed, p => Assert.Equal(session.Id, p));
        var view = (await harness.Sessions.GetAsync(session.Id))!;
        Assert.Equal(cases.Order(StringComparer.Ordinal), view.Cases.Select(c => c.CaseNumber).Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(1, 12), view.Cases.Select(c => c.Position).Order());
        Assert.Equal(SessionCaseState.Removed, view.Cases.Single(c => c.CaseNumber == cases[0]).State);
    }

    [Fact]
    public async Task A_planned_session_that_lost_its_orchestration_gets_it_back_with_the_next_planning()
    {
        await using var harness = await SessionHarness.StartAsync(azurite);
        var march = await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.Regular, SessionHarness.Berlin(2027, 3, 1, 10), "Rathaus"), Secretariat);
        await harness.Workflows.TerminateInstanceAsync(march.Id, "simulated crash after storing the session");
        await SessionHarness.EventuallyAsync(async () => (await harness.Workflows.GetInstanceAsync(march.Id))?.IsCompleted == true, "the instance ended");
        await harness.Workflows.PurgeInstanceAsync(march.Id);
        Assert.Null(await harness.Workflows.GetInstanceAsync(march.Id));

        await harness.Sessions.PlanAsync(harness.Committee.Id, new SessionPlan(SessionKind.Regular, SessionHarness.Berlin(2027, 6, 7, 10), "Rathaus"), Secretariat);

        var repaired = await harness.Workflows.GetInstanceAsync(march.Id, getInputsAndOutputs: true);
        Assert.NotNull(repaired);
        Assert.Equal(CaseWorkflow.SessionOrchestratorName, repaired.Name);
    }

    [Fact]
    public void The_session_orchestration_uses_no_clock_guid_randomness_or_delay()
    {
        Assert.Empty(OrchestratorCodeScanner.FindBannedCalls([typeof(Bleiberecht.Cases.Sessions.SessionLifecycle)]));
    }
}
