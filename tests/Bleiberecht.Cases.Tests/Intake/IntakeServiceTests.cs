using System.Text;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Lifecycle;
using Bleiberecht.Documents.Application;
using Bleiberecht.Workflow;

namespace Bleiberecht.Cases.Tests.Intake;

public sealed class IntakeServiceTests(IntakeFixture fixture) : IClassFixture<IntakeFixture>
{
    [Fact]
    public async Task Complete_application_becomes_a_case_with_its_pdf_stored_and_the_lifecycle_started()
    {
        var scope = fixture.NewScope();

        var result = await scope.Intake.SubmitAsync(scope.Request(new SubmissionFile("Antrag Öztürk.pdf", IntakeSamples.Complete)));

        Assert.True(result.Accepted);
        Assert.True(result.Created);
        Assert.Equal(scope.CaseNumber(1), result.CaseNumber);
        Assert.Equal(CaseStatus.Received, result.Status);
        Assert.DoesNotContain(result.Problems, p => !p.IsWarning);
        var document = Assert.Single(await fixture.Documents.ListForCaseAsync(result.CaseNumber!));
        Assert.Equal(StoredDocumentKind.Submission, document.Kind);
        Assert.EndsWith("-Antrag_Oeztuerk.pdf", document.FileName, StringComparison.Ordinal);
        Assert.Equal(IntakeSamples.Complete, (await fixture.Documents.OpenAsync(document.Id))!.Value.Content.ToArray());
        var instance = await fixture.Workflow.GetInstanceAsync(result.CaseNumber!, getInputsAndOutputs: true);
        Assert.NotNull(instance);
        Assert.Equal(CaseWorkflow.CaseOrchestratorName, instance.Name);
        Assert.Equal(new CaseLifecycleInput(scope.Committee.Id, result.CaseNumber!), instance.ReadInputAs<CaseLifecycleInput>());
        var row = await scope.Registry.GetAsync(scope.Committee.Id, Bleiberecht.Cases.CaseNumber.TryParse(result.CaseNumber, out var n) ? n.Value : default);
        Assert.Equal("awo", row!.GetString("OrganisationId"));
        Assert.Equal("Form", row.GetString("Channel"));
    }

    [Fact]
    public async Task Application_without_consent_is_accepted_as_incomplete_and_names_the_missing_consent()
    {
        var scope = fixture.NewScope();

        var result = await scope.Intake.SubmitAsync(scope.Request(new SubmissionFile("antrag.pdf", IntakeSamples.WithoutConsent)));

        Assert.True(result.Accepted);
        Assert.Equal(CaseStatus.Incomplete, result.Status);
        Assert.Contains(result.Problems, p => p.Code == "missing-consent-scope" && p.Field == "einwilligung_datenschutz" && p.MessageDe.Length > 0 && p.MessageEn.Length > 0);
        Assert.Contains(result.Problems, p => p.Code == "missing-signature");
        Assert.NotNull(await fixture.Workflow.GetInstanceAsync(result.CaseNumber!));
    }

    [Fact]
    public async Task A_file_named_pdf_that_is_not_one_is_rejected_and_nothing_is_stored_anywhere()
    {
        var scope = fixture.NewScope();
        var photo = new SubmissionFile("antrag.pdf", Encoding.ASCII.GetBytes("\xFF\xD8\xFF\xE0 JFIF this is a photo"));

        var result = await scope.Intake.SubmitAsync(scope.Request(new SubmissionFile("antrag.pdf", IntakeSamples.Complete), photo));

        Assert.False(result.Accepted);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("not-a-pdf", problem.Code);
        Assert.Contains("„antrag.pdf“", problem.MessageDe, StringComparison.Ordinal);
        await AssertNothingStoredAsync(scope);
    }

    [Fact]
    public async Task Oversized_files_are_rejected_before_reading_and_nothing_is_stored()
    {
        var scope = fixture.NewScope();
        var big = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-1.7\n"u8.CopyTo(big);
        var seven = new byte[7 * 1024 * 1024];
        "%PDF-1.7\n"u8.CopyTo(seven);

        var single = await scope.Intake.SubmitAsync(scope.Request(new SubmissionFile("scan.pdf", big)));
        var together = await scope.Intake.SubmitAsync(scope.Request(
            new SubmissionFile("a.pdf", seven), new SubmissionFile("b.pdf", [.. seven, 1]), new SubmissionFile("c.pdf", [.. seven, 2])));
        var tooMany = await scope.Intake.SubmitAsync(scope.Request(Enumerable.Range(0, 11).Select(i => new SubmissionFile($"{i}.pdf", IntakeSamples.Complete)).ToArray()));

        Assert.Equal("file-too-large", Assert.Single(single.Problems).Code);
        Assert.Contains("höchstens 10 MB je Datei", single.Problems[0].MessageDe, StringComparison.Ordinal);
        Assert.Equal("submission-too-large", Assert.Single(together.Problems).Code);
        Assert.Equal("too-many-files", Assert.Single(tooMany.Problems).Code);
        await AssertNothingStoredAsync(scope);
    }

    [Fact]
    public async Task Password_protected_pdf_is_rejected_naming_the_file()
    {
        var scope = fixture.NewScope();
        var locked = await IntakeSamples.EncryptAsync(IntakeSamples.Complete);

        var result = await scope.Intake.SubmitAsync(scope.Request(new SubmissionFile("geschützt.pdf", locked)));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("password-protected", problem.Code);
        Assert.Contains("„geschuetzt.pdf“", problem.MessageDe, StringComparison.Ordinal);
        await AssertNothingStoredAsync(scope);
    }

    [Fact]
    public async Task Unknown_counsellor_and_unknown_committee_are_rejected()
    {
        var scope = fixture.NewScope();
        var file = new SubmissionFile("antrag.pdf", IntakeSamples.Complete);

        var stranger = await scope.Intake.SubmitAsync(scope.Request(file) with { CounsellorEmail = "someone@gmail.example" });
        var elsewhere = await scope.Intake.SubmitAsync(scope.Request(file) with { CommitteeId = "atlantis" });

        Assert.Equal("unknown-counsellor", Assert.Single(stranger.Problems).Code);
        Assert.Equal("unknown-committee", Assert.Single(elsewhere.Problems).Code);
        await AssertNothingStoredAsync(scope);
    }

    [Fact]
    public async Task Another_pdf_alone_is_rejected_but_accepted_as_a_supporting_document_next_to_the_application()
    {
        var scope = fixture.NewScope();
        var letter = IntakeSamples.OtherPdf("Ärztliches Attest");

        var alone = await scope.Intake.SubmitAsync(scope.Request(new SubmissionFile("attest.pdf", letter)));
        Assert.Equal("unknown-form", Assert.Single(alone.Problems).Code);
        await AssertNothingStoredAsync(scope);

        var together = await scope.Intake.SubmitAsync(scope.Request(new SubmissionFile("antrag.pdf", IntakeSamples.Complete), new SubmissionFile("attest.pdf", letter)));
        Assert.True(together.Accepted);
        Assert.DoesNotContain(together.Problems, p => p.Code == "unknown-form");
        Assert.Equal(2, (await fixture.Documents.ListForCaseAsync(together.CaseNumber!)).Count);
    }

    [Fact]
    public async Task The_same_file_again_finds_the_same_case_and_starts_no_second_orchestration()
    {
        var scope = fixture.NewScope();
        var file = new SubmissionFile("antrag.pdf", IntakeSamples.Complete);
        var first = await scope.Intake.SubmitAsync(scope.Request(file));
        var started = (await fixture.Workflow.GetInstanceAsync(first.CaseNumber!))!.CreatedAt;

        var again = await scope.Intake.SubmitAsync(scope.Request(new SubmissionFile("renamed.pdf", IntakeSamples.Complete)) with { Channel = IntakeChannel.Mail });

        Assert.Equal((first.CaseNumber, false), (again.CaseNumber, again.Created));
        Assert.Equal(1, await scope.CaseCountAsync());
        Assert.Single(await fixture.Documents.ListForCaseAsync(first.CaseNumber!));
        Assert.Equal(started, (await fixture.Workflow.GetInstanceAsync(first.CaseNumber!))!.CreatedAt);
        Assert.True((await fixture.Workflow.GetInstanceAsync(first.CaseNumber!))!.IsRunning);
    }

    [Fact]
    public async Task Concurrent_duplicates_make_one_case_one_document_set_and_one_orchestration()
    {
        var scope = fixture.NewScope();
        var pdf = IntakeSamples.CompleteFor("Concurrent");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            scope.Intake.SubmitAsync(scope.Request(new SubmissionFile("antrag.pdf", pdf)) with { MessageId = "dup@mail.example" })));

        Assert.Single(results.Select(r => r.CaseNumber).Distinct());
        Assert.Single(results, r => r.Created);
        Assert.Equal(1, await scope.CaseCountAsync());
        Assert.Single(await fixture.Documents.ListForCaseAsync(results[0].CaseNumber!));
        Assert.NotNull(await fixture.Workflow.GetInstanceAsync(results[0].CaseNumber!));
    }

    [Fact]
    public async Task A_submission_that_stopped_after_registration_heals_when_it_comes_again()
    {
        var scope = fixture.NewScope();
        var pdf = IntakeSamples.CompleteFor("Crash");
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        // The first attempt registered the case and died before storing the PDF and starting the orchestration.
        var crashed = await scope.Registry.RegisterAsync(scope.Committee, IntakeSamples.Today, ["sha256:" + sha, "message-id:crash@mail.example"], new Dictionary<string, object?> { ["OrganisationId"] = "awo", ["Status"] = "Received" });
        Assert.Empty(await fixture.Documents.ListForCaseAsync(crashed.Number.ToString()));

        var retry = await scope.Intake.SubmitAsync(scope.Request(new SubmissionFile("antrag.pdf", pdf)) with { MessageId = "crash@mail.example" });

        Assert.Equal((crashed.Number.ToString(), false), (retry.CaseNumber, retry.Created));
        Assert.Single(await fixture.Documents.ListForCaseAsync(retry.CaseNumber!));
        Assert.NotNull(await fixture.Workflow.GetInstanceAsync(retry.CaseNumber!));
        Assert.Equal(1, await scope.CaseCountAsync());
    }

    [Fact]
    public async Task Adding_the_consent_tells_the_case_and_a_closed_case_refuses_more_documents()
    {
        var scope = fixture.NewScope();
        var first = await scope.Intake.SubmitAsync(scope.Request(new SubmissionFile("antrag.pdf", IntakeSamples.WithoutConsent)));
        Assert.Equal(CaseStatus.Incomplete, first.Status);

        var added = await scope.Intake.AddDocumentsAsync(first.CaseNumber!, scope.Request(new SubmissionFile("einwilligung.pdf", IntakeSamples.Consent)));

        Assert.Equal(first.CaseNumber, added.CaseNumber);
        Assert.DoesNotContain(added.Problems, p => !p.IsWarning);
        Assert.Equal(2, (await fixture.Documents.ListForCaseAsync(first.CaseNumber!)).Count);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var done = await fixture.Workflow.WaitForInstanceCompletionAsync(first.CaseNumber!, getInputsAndOutputs: true, timeout.Token);
        var told = done.ReadOutputAs<CaseEvent>()!;
        Assert.Equal(CaseEventKind.DocumentsAdded, told.Kind);
        Assert.Equal(new Actor(ActorRole.Counsellor, IntakeScope.Counsellor, scope.Committee.Id, "awo"), told.Actor);

        var refused = await Assert.ThrowsAsync<CaseActionException>(() =>
            scope.Intake.AddDocumentsAsync(first.CaseNumber!, scope.Request(new SubmissionFile("nachtrag.pdf", IntakeSamples.CompleteFor("Later")))));
        Assert.Equal("case-closed", refused.Code);
        var unknown = await Assert.ThrowsAsync<CaseActionException>(() =>
            scope.Intake.AddDocumentsAsync(scope.CaseNumber(99), scope.Request(new SubmissionFile("nachtrag.pdf", IntakeSamples.Consent))));
        Assert.Equal("case-not-found", unknown.Code);
        var otherOrganisation = await Assert.ThrowsAsync<CaseActionException>(() =>
            scope.Intake.AddDocumentsAsync(first.CaseNumber!, scope.Request(new SubmissionFile("x.pdf", IntakeSamples.Consent)) with { CounsellorEmail = "fluechtlingsberatung@drk.dortmund.example" }));
        Assert.Equal("case-not-found", otherOrganisation.Code);
    }

    [Fact]
    public async Task After_a_case_closed_the_same_application_sent_anew_opens_a_new_case_but_a_redelivery_does_not()
    {
        var scope = fixture.NewScope();
        var application = IntakeSamples.CompleteFor("Reopen");
        var first = await scope.Intake.SubmitAsync(scope.Request(new SubmissionFile("antrag.pdf", application)) with { MessageId = "m1@mail.example" });
        await fixture.Workflow.RaiseEventAsync(first.CaseNumber!, CaseWorkflow.CaseEventName, new CaseEvent { Kind = CaseEventKind.Withdrawn, Actor = Actor.System, At = IntakeSamples.Today });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await fixture.Workflow.WaitForInstanceCompletionAsync(first.CaseNumber!, cancellationToken: timeout.Token);

        var redelivered = await scope.Intake.SubmitAsync(scope.Request(new SubmissionFile("antrag.pdf", application)) with { MessageId = "m1@mail.example" });
        var anew = await scope.Intake.SubmitAsync(scope.Request(new SubmissionFile("antrag.pdf", application)) with { MessageId = "m2@mail.example" });
        var anewAgain = await scope.Intake.SubmitAsync(scope.Request(new SubmissionFile("antrag.pdf", application)) with { MessageId = "m2@mail.example" });

        Assert.Equal((first.CaseNumber, false, CaseStatus.Closed), (redelivered.CaseNumber, redelivered.Created, redelivered.Status));
        Assert.Equal((scope.CaseNumber(2), true), (anew.CaseNumber, anew.Created));
        Assert.Equal((anew.CaseNumber, false), (anewAgain.CaseNumber, anewAgain.Created));
        Assert.Single(await fixture.Documents.ListForCaseAsync(first.CaseNumber!));
    }

    private async Task AssertNothingStoredAsync(IntakeScope scope)
    {
        Assert.Equal(0, await scope.CaseCountAsync());
        Assert.Equal(0, await scope.StoredBlobCountAsync());
        Assert.Null(await fixture.Workflow.GetInstanceAsync(scope.CaseNumber(1)));
    }
}
