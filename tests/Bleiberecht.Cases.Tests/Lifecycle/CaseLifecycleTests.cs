using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Generated;
using Bleiberecht.Testing;

namespace Bleiberecht.Cases.Tests.Lifecycle;

public sealed class CaseLifecycleTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string AbhAddress = "auslaenderbehoerde@stadt.dortmund.example";

    [Fact]
    public async Task Complete_application_waits_for_a_session_then_is_scheduled_with_an_audit_line_per_step()
    {
        await using var hub = await LifecycleHarness.StartAsync(azurite);

        var caseNumber = await hub.SubmitAsync(ApplicationForms.Application(ApplicationForms.Complete(), hub.Time));

        var waiting = await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Waiting);
        Assert.Null(waiting.SessionId);
        Assert.Empty(waiting.MissingItems);
        Assert.False(waiting.Urgent);
        Assert.Equal([(caseNumber, false)], hub.Agenda.Enqueued);
        Assert.Empty(hub.Mail.Sent);
        var application = await hub.Cases.GetApplicationAsync(caseNumber);
        Assert.Equal(ApplicationForms.FamilyName, application!.FamilyName);

        await hub.RaiseAsync(caseNumber, CaseEventKind.SessionScheduled, "BF-S-2027-01");

        var scheduled = await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Scheduled);
        Assert.Equal("BF-S-2027-01", scheduled.SessionId);
        var trail = await hub.Cases.GetAuditTrailAsync(caseNumber);
        Assert.Equal(["case.read", "case.admissible", "case.scheduled"], trail.Select(e => e.Action));
        Assert.Equal(ActorRole.Secretariat, trail[^1].ActorRole);
        Assert.Equal("BF-S-2027-01", trail[^1].Detail);
        Assert.All(trail, e => Assert.Equal(caseNumber, e.Subject));
        Assert.Contains(await hub.Cases.ListAsync("dortmund", 2026, "awo"), c => c.CaseNumber == caseNumber && c.CounsellorEmail == LifecycleHarness.Counsellor);
        Assert.DoesNotContain(await hub.Cases.ListAsync("dortmund", 2026, "drk"), c => c.CaseNumber == caseNumber);
        Assert.Null(await hub.Cases.GetAsync("BF-2026-9999"));
    }

    [Fact]
    public async Task Incomplete_case_ignores_a_session_event_and_its_withdrawal_closes_it_without_touching_the_agenda()
    {
        await using var hub = await LifecycleHarness.StartAsync(azurite);
        var caseNumber = await hub.SubmitAsync(ApplicationForms.Application(ApplicationForms.WithoutConsent(), hub.Time));
        await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Incomplete);
        await hub.WaitForMailsAsync(1);

        await hub.RaiseAsync(caseNumber, CaseEventKind.AgendaClosed, "BF-S-2027-01");
        await hub.Cases.WithdrawAsync(caseNumber, new Actor(ActorRole.Counsellor, LifecycleHarness.Counsellor, "dortmund", "awo"), null);

        var closed = await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Closed);
        Assert.Equal(CaseOutcome.Withdrawn, closed.Outcome);
        Assert.Null(closed.SessionId);
        Assert.Empty(hub.Agenda.Enqueued);
        Assert.Empty(hub.Agenda.Removed);
        var trail = await hub.Cases.GetAuditTrailAsync(caseNumber);
        Assert.Contains(trail, e => e.Action == "case.event-ignored" && e.Detail == nameof(CaseEventKind.AgendaClosed));
        var mails = await hub.WaitForMailsAsync(2);
        Assert.Contains("Die Eingabe wurde zurückgenommen.", await PdfText.ExtractAsync(Assert.Single(mails[1].PdfAttachments).Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fixed_deportation_date_makes_the_case_urgent_and_a_returned_session_schedules_it()
    {
        await using var hub = await LifecycleHarness.StartAsync(azurite, nextSession: "BF-S-2026-09");
        var values = ApplicationForms.Complete();
        values.Remove("abschiebung_terminiert_nein");
        values["abschiebung_terminiert_ja"] = "Yes";
        values["abschiebung_datum"] = "15.12.2026";

        var caseNumber = await hub.SubmitAsync(ApplicationForms.Application(values, hub.Time));

        var scheduled = await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Scheduled);
        Assert.True(scheduled.Urgent);
        Assert.Equal("BF-S-2026-09", scheduled.SessionId);
        Assert.Equal([(caseNumber, true)], hub.Agenda.Enqueued);
    }

    [Fact]
    public async Task Missing_consent_is_requested_reminded_after_seven_days_not_before_and_the_added_consent_continues_the_case()
    {
        await using var hub = await LifecycleHarness.StartAsync(azurite);

        var caseNumber = await hub.SubmitAsync(ApplicationForms.Application(ApplicationForms.WithoutConsent(), hub.Time));

        var incomplete = await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Incomplete);
        Assert.Contains("consent-missing", incomplete.MissingItems);
        var request = Assert.Single(await hub.WaitForMailsAsync(1));
        Assert.Equal(LifecycleHarness.Counsellor, Assert.Single(request.To).Address);
        Assert.Equal(hub.Dortmund.Secretariat.Email, Assert.Single(request.ReplyTo).Address);
        Assert.Contains(caseNumber, request.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(ApplicationForms.FamilyName, request.Subject, StringComparison.Ordinal);
        var letter = await PdfText.ExtractAsync(Assert.Single(request.PdfAttachments).Content);
        Assert.Contains("fehlende Angaben", letter, StringComparison.Ordinal);
        Assert.Contains("Nicht angekreuzt", letter, StringComparison.Ordinal);
        Assert.Contains($"{ApplicationForms.GivenNames} {ApplicationForms.FamilyName}", letter, StringComparison.Ordinal);
        Assert.Contains("12.12.2026", letter, StringComparison.Ordinal); // due: 21 days after the request

        hub.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(5));
        await Task.Delay(2500);
        Assert.Single(hub.Mail.Sent);

        hub.Time.Advance(TimeSpan.FromMinutes(5));
        var mails = await hub.WaitForMailsAsync(2);
        Assert.Contains("Erinnerung", mails[1].Subject, StringComparison.Ordinal);
        Assert.Contains("Erinnerung", await PdfText.ExtractAsync(Assert.Single(mails[1].PdfAttachments).Content), StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Incomplete, (await hub.Cases.GetAsync(caseNumber))!.Status);

        await hub.AddDocumentsAsync(caseNumber, ApplicationForms.Consent(hub.Time));
        await hub.RaiseAsync(caseNumber, CaseEventKind.DocumentsAdded);

        var waiting = await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Waiting);
        Assert.Empty(waiting.MissingItems);
        Assert.Single(hub.Agenda.Enqueued);
        Assert.Contains("case.completed", (await hub.Cases.GetAuditTrailAsync(caseNumber)).Select(e => e.Action));
    }

    [Fact]
    public async Task Case_without_consent_closes_as_incomplete_after_21_days_and_is_purged_at_once()
    {
        await using var hub = await LifecycleHarness.StartAsync(azurite);
        var caseNumber = await hub.SubmitAsync(ApplicationForms.Application(ApplicationForms.WithoutConsent(), hub.Time));
        await hub.WaitForMailsAsync(1);

        hub.Time.Advance(TimeSpan.FromDays(7));
        await hub.WaitForMailsAsync(2);
        hub.Time.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(5));
        await Task.Delay(2500);
        Assert.Equal(CaseStatus.Incomplete, (await hub.Cases.GetAsync(caseNumber))!.Status);

        hub.Time.Advance(TimeSpan.FromMinutes(5));
        var closed = await hub.WaitForEndAsync(caseNumber);

        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(CaseOutcome.Incomplete, closed.Outcome);
        Assert.True(closed.Purged);
        Assert.Equal(closed.ClosedAt, closed.PurgeAt);
        var notice = (await hub.WaitForMailsAsync(3))[2];
        var text = await PdfText.ExtractAsync(Assert.Single(notice.PdfAttachments).Content);
        Assert.Contains("nicht fristgerecht eingegangen", text, StringComparison.Ordinal);
        Assert.Empty(await hub.CaseBlobsAsync(caseNumber));
        Assert.Null(await hub.Cases.GetApplicationAsync(caseNumber));
    }

    [Fact]
    public async Task Pending_court_procedure_closes_the_case_as_not_admissible_with_the_reason_in_the_letter()
    {
        await using var hub = await LifecycleHarness.StartAsync(azurite);

        var caseNumber = await hub.SubmitAsync(ApplicationForms.Application(ApplicationForms.WithExclusion("ausschluss_verwaltungsgericht"), hub.Time));

        var closed = await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Closed);
        Assert.Equal(CaseOutcome.NotAdmissible, closed.Outcome);
        Assert.Equal([ExclusionFact.CourtProcedurePending], closed.ExclusionFacts);
        Assert.Equal(closed.ClosedAt + TimeSpan.FromDays(1095), closed.PurgeAt);
        Assert.False(closed.Purged);
        Assert.Empty(hub.Agenda.Enqueued);
        var notice = Assert.Single(await hub.WaitForMailsAsync(1));
        Assert.Equal(LifecycleHarness.Counsellor, Assert.Single(notice.To).Address);
        var text = await PdfText.ExtractAsync(Assert.Single(notice.PdfAttachments).Content);
        Assert.Contains("Die Eingabe ist nicht zulässig.", text, StringComparison.Ordinal);
        Assert.Contains("verwaltungsgerichtliches Verfahren anhängig", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Asylantrag", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assessed_case_mails_the_letter_to_the_counsellor_and_the_notice_to_the_authority_and_closes()
    {
        await using var hub = await LifecycleHarness.StartAsync(azurite, nextSession: "BF-S-2027-01");
        var caseNumber = await hub.SubmitAsync(ApplicationForms.Application(ApplicationForms.Complete(), hub.Time));
        await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Scheduled);

        await hub.RaiseAsync(caseNumber, CaseEventKind.AgendaClosed, "BF-S-2027-01");
        await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.OnAgenda);
        var takenUp = Assert.Single(await hub.WaitForMailsAsync(1));
        Assert.Equal(AbhAddress, Assert.Single(takenUp.To).Address);
        Assert.Contains("befasst", await PdfText.ExtractAsync(Assert.Single(takenUp.PdfAttachments).Content), StringComparison.Ordinal);

        await hub.RaiseAsync(caseNumber, CaseEventKind.Assessed, "BF-S-2027-01", new Assessment(Recommendation.HardshipRequest, "Das Gremium sieht eine besondere Härte wegen der langen Aufenthaltsdauer."));

        var closed = await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Closed);
        Assert.Equal(CaseOutcome.Assessed, closed.Outcome);
        Assert.Equal(Recommendation.HardshipRequest, closed.Recommendation);
        var mails = await hub.WaitForMailsAsync(3);
        var letter = mails.Single(m => m.To[0].Address == LifecycleHarness.Counsellor);
        var notice = mails.Skip(1).Single(m => m.To[0].Address == AbhAddress);
        var letterText = await PdfText.ExtractAsync(Assert.Single(letter.PdfAttachments).Content);
        Assert.Contains("besondere Härte wegen der langen Aufenthaltsdauer", letterText, StringComparison.Ordinal);
        Assert.Contains(ApplicationForms.FamilyName, letterText, StringComparison.Ordinal);
        var noticeText = await PdfText.ExtractAsync(Assert.Single(notice.PdfAttachments).Content);
        Assert.Contains("Entscheidungshilfe", noticeText, StringComparison.Ordinal);
        Assert.Contains(ApplicationForms.AuthorityFileReference, noticeText, StringComparison.Ordinal);
        Assert.All(mails, m => Assert.DoesNotContain(ApplicationForms.FamilyName, m.Subject, StringComparison.Ordinal));
        Assert.All(mails, m => Assert.Contains(caseNumber, m.Subject, StringComparison.Ordinal));
        Assert.Equal(3, mails.Select(m => m.MessageId).Distinct().Count());
        var kinds = (await hub.Documents.ListForCaseAsync(caseNumber)).Select(d => d.Kind).ToArray();
        Assert.Contains(StoredDocumentKind.AssessmentLetter, kinds);
        Assert.Equal(2, kinds.Count(k => k == StoredDocumentKind.AuthorityNotice));
    }

    [Fact]
    public async Task Deferred_case_is_enqueued_again_and_counts_the_deferral()
    {
        await using var hub = await LifecycleHarness.StartAsync(azurite, nextSession: "BF-S-2027-01");
        var caseNumber = await hub.SubmitAsync(ApplicationForms.Application(ApplicationForms.Complete(), hub.Time));
        await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Scheduled);
        await hub.RaiseAsync(caseNumber, CaseEventKind.AgendaClosed, "BF-S-2027-01");
        await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.OnAgenda);
        hub.Agenda.NextSession = null;

        await hub.RaiseAsync(caseNumber, CaseEventKind.Deferred, "BF-S-2027-01");

        var waiting = await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Waiting);
        Assert.Equal(1, waiting.Deferrals);
        Assert.Equal(2, hub.Agenda.Enqueued.Count);
        Assert.Contains("case.deferred", (await hub.Cases.GetAuditTrailAsync(caseNumber)).Select(e => e.Action));
    }

    [Fact]
    public async Task Withdrawal_closes_with_a_notice_and_takes_the_case_off_the_agenda_and_a_second_one_is_refused()
    {
        await using var hub = await LifecycleHarness.StartAsync(azurite, nextSession: "BF-S-2027-01");
        var caseNumber = await hub.SubmitAsync(ApplicationForms.Application(ApplicationForms.Complete(), hub.Time));
        await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Scheduled);
        var counsellor = new Actor(ActorRole.Counsellor, LifecycleHarness.Counsellor, "dortmund", "awo");

        await hub.Cases.WithdrawAsync(caseNumber, counsellor, "Die Familie ist umgezogen.");

        var closed = await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Closed);
        Assert.Equal(CaseOutcome.Withdrawn, closed.Outcome);
        Assert.Equal([caseNumber], hub.Agenda.Removed);
        var notice = Assert.Single(await hub.WaitForMailsAsync(1));
        var text = await PdfText.ExtractAsync(Assert.Single(notice.PdfAttachments).Content);
        Assert.Contains("Die Eingabe wurde zurückgenommen.", text, StringComparison.Ordinal);
        var withdrawn = (await hub.Cases.GetAuditTrailAsync(caseNumber)).Single(e => e.Action == "case.withdrawn");
        Assert.Equal((ActorRole.Counsellor, LifecycleHarness.Counsellor), (withdrawn.ActorRole, withdrawn.ActorSubject));

        var again = await Assert.ThrowsAsync<CaseActionException>(() => hub.Cases.WithdrawAsync(caseNumber, counsellor, null));
        Assert.Equal("case-closed", again.Code);
        Assert.Contains("bereits abgeschlossen", again.MessageDe, StringComparison.Ordinal);
        var unknown = await Assert.ThrowsAsync<CaseActionException>(() => hub.Cases.WithdrawAsync("BF-2026-9999", counsellor, null));
        Assert.Equal("case-not-found", unknown.Code);
    }

    [Fact]
    public async Task Revoked_consent_purges_at_once_leaving_no_document_and_no_personal_data_in_any_table()
    {
        await using var hub = await LifecycleHarness.StartAsync(azurite, nextSession: "BF-S-2027-01");
        var caseNumber = await hub.SubmitAsync(ApplicationForms.Application(ApplicationForms.Complete(), hub.Time));
        await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Scheduled);
        await hub.RaiseAsync(caseNumber, CaseEventKind.AgendaClosed, "BF-S-2027-01");
        await hub.WaitForMailsAsync(1);
        Assert.NotEmpty(await hub.CaseBlobsAsync(caseNumber));

        await hub.Cases.RevokeConsentAsync(caseNumber, new Actor(ActorRole.Counsellor, LifecycleHarness.Counsellor, "dortmund", "awo"));

        var closed = await hub.WaitForEndAsync(caseNumber);
        Assert.Equal(CaseOutcome.ConsentRevoked, closed.Outcome);
        Assert.True(closed.Purged);
        Assert.Equal([caseNumber], hub.Agenda.Removed);
        Assert.Empty(await hub.CaseBlobsAsync(caseNumber));
        Assert.Null(await hub.Cases.GetApplicationAsync(caseNumber));
        var trail = (await hub.Cases.GetAuditTrailAsync(caseNumber)).Select(e => e.Action).ToArray();
        Assert.Equal(["case.consent-revoked", "case.purged"], trail[^2..]);

        var texts = new List<string>();
        texts.AddRange(await hub.TableTextAsync("cases", r => r.RowKey == "case|" + caseNumber));
        texts.AddRange(await hub.TableTextAsync("audit", r => r.PartitionKey == caseNumber));
        texts.AddRange(await hub.TableTextAsync("statistics", r => r.RowKey == caseNumber));
        texts.AddRange(await hub.TableTextAsync("mailsent", r => r.PartitionKey.StartsWith(caseNumber, StringComparison.Ordinal)));
        var history = await hub.TableTextAsync(hub.Hub + "Instances", r => r.PartitionKey == caseNumber);
        Assert.Contains(history, t => t.Contains("CaseLifecycle.Purge", StringComparison.Ordinal)); // the scan read the history
        texts.AddRange(history);
        Assert.Contains(texts, t => t.Contains(caseNumber, StringComparison.Ordinal));
        foreach (var personal in ApplicationForms.PersonalData)
        {
            Assert.DoesNotContain(texts, t => t.Contains(personal, StringComparison.Ordinal));
        }

        var statistics = await hub.Statistics.GetAsync("dortmund", 2026);
        Assert.True(statistics.ConsentRevoked >= 1);
    }

    [Fact]
    public async Task Asylum_application_reported_after_submission_closes_the_case_as_not_admissible()
    {
        await using var hub = await LifecycleHarness.StartAsync(azurite);
        var caseNumber = await hub.SubmitAsync(ApplicationForms.Application(ApplicationForms.Complete(), hub.Time));
        await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Waiting);

        await hub.Cases.ReportExclusionAsync(caseNumber, ExclusionFact.AsylumApplication, new Actor(ActorRole.ForeignersAuthority, "abh-leitung", "dortmund"));

        var closed = await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Closed);
        Assert.Equal(CaseOutcome.NotAdmissible, closed.Outcome);
        Assert.Equal([ExclusionFact.AsylumApplication], closed.ExclusionFacts);
        Assert.Equal([caseNumber], hub.Agenda.Removed);
        var notice = Assert.Single(await hub.WaitForMailsAsync(1));
        Assert.Contains("Es wurde ein Asylantrag gestellt.", await PdfText.ExtractAsync(Assert.Single(notice.PdfAttachments).Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closed_case_keeps_its_documents_for_the_retention_period_and_is_purged_after_it()
    {
        await using var hub = await LifecycleHarness.StartAsync(azurite);
        var caseNumber = await hub.SubmitAsync(ApplicationForms.Application(ApplicationForms.WithExclusion("ausschluss_andere_abh"), hub.Time));
        var closed = await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Closed);
        await hub.WaitForMailsAsync(1);

        hub.Time.Advance(TimeSpan.FromDays(1095) - TimeSpan.FromHours(1));
        await Task.Delay(2500);
        Assert.False((await hub.Cases.GetAsync(caseNumber))!.Purged);
        Assert.NotEmpty(await hub.CaseBlobsAsync(caseNumber));

        hub.Time.Advance(TimeSpan.FromHours(1));
        var purged = await hub.WaitForEndAsync(caseNumber);

        Assert.True(purged.Purged);
        Assert.Equal(closed.PurgeAt, purged.PurgeAt);
        Assert.Empty(await hub.CaseBlobsAsync(caseNumber));
        Assert.Equal(CaseOutcome.NotAdmissible, purged.Outcome);
        Assert.Equal([ExclusionFact.OtherAuthorityCompetent], purged.ExclusionFacts);
    }

    [Fact]
    public async Task Consent_revoked_during_the_retention_period_purges_at_once_and_the_history_keeps_no_assessment_text()
    {
        const string AssessmentText = "Keine besondere Härte erkennbar, da Arbeitsaufnahme erst kürzlich.";
        await using var hub = await LifecycleHarness.StartAsync(azurite, nextSession: "BF-S-2027-02");
        var caseNumber = await hub.SubmitAsync(ApplicationForms.Application(ApplicationForms.Complete(), hub.Time));
        await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Scheduled);
        await hub.RaiseAsync(caseNumber, CaseEventKind.AgendaClosed, "BF-S-2027-02");
        await hub.RaiseAsync(caseNumber, CaseEventKind.Assessed, "BF-S-2027-02", new Assessment(Recommendation.NoHardshipRequest, AssessmentText));
        var closed = await hub.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Closed);
        await hub.WaitForMailsAsync(3);
        Assert.False(closed.Purged);
        hub.Time.Advance(TimeSpan.FromDays(30));

        await hub.Cases.RevokeConsentAsync(caseNumber, new Actor(ActorRole.Secretariat, "ausschuss-buergerdienste@stadt.dortmund.example", "dortmund"));

        var purged = await hub.WaitForEndAsync(caseNumber);
        Assert.True(purged.Purged);
        Assert.Equal(CaseOutcome.Assessed, purged.Outcome);
        Assert.Equal(hub.Time.GetUtcNow(), purged.PurgeAt);
        Assert.Empty(await hub.CaseBlobsAsync(caseNumber));
        var history = await hub.TableTextAsync(hub.Hub + "Instances", r => r.PartitionKey == caseNumber);
        Assert.Contains(history, t => t.Contains("CaseLifecycle.Purge", StringComparison.Ordinal));
        Assert.DoesNotContain(history, t => t.Contains("Arbeitsaufnahme", StringComparison.Ordinal));
        Assert.Equal(["case.assessed", "case.consent-revoked", "case.purged"], (await hub.Cases.GetAuditTrailAsync(caseNumber)).Select(e => e.Action).TakeLast(3));
    }
}
