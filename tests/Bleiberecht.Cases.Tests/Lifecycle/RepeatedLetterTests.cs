using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Lifecycle;
using Bleiberecht.Testing;
using Bleiberecht.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace Bleiberecht.Cases.Tests.Lifecycle;

public sealed class RepeatedLetterTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Letter_activity_run_again_for_the_same_step_sends_no_second_mail_and_keeps_one_document()
    {
        await using var hub = await LifecycleHarness.StartAsync(azurite);
        var caseNumber = await hub.SubmitAsync(ApplicationForms.Application(ApplicationForms.WithoutConsent(), hub.Time));
        var first = Assert.Single(await hub.WaitForMailsAsync(1));
        var activity = ActivatorUtilities.CreateInstance<SendCaseLetterActivity>(hub.Services);
        var context = new TaskActivityContext(SendCaseLetterActivity.Name, caseNumber, 2, CancellationToken.None);
        var order = new CaseLetterOrder(new CaseLifecycleInput("dortmund", caseNumber), CaseLetterKind.MissingItemsRequest, 2, DueAt: hub.Time.GetUtcNow().AddDays(21));

        await activity.RunAsync(context, order); // as if the process died after sending, before the result was recorded

        Assert.Single(hub.Mail.Sent);
        Assert.Single(await hub.Documents.ListForCaseAsync(caseNumber), d => d.Kind == StoredDocumentKind.MissingItemsRequest);
        Assert.StartsWith(caseNumber + ".02.", first.MessageId, StringComparison.Ordinal);

        await activity.RunAsync(context, order with { Step = 40 });

        Assert.Equal(2, hub.Mail.Sent.Count);
    }

    [Fact]
    public async Task Restarted_process_continues_the_case_from_storage_and_sends_only_the_letters_still_due()
    {
        string caseNumber;
        string hubName;
        await using (var first = await LifecycleHarness.StartAsync(azurite, messageVisibility: TimeSpan.FromSeconds(3)))
        {
            caseNumber = await first.SubmitAsync(ApplicationForms.Application(ApplicationForms.WithoutConsent(), first.Time));
            await first.WaitForAsync(caseNumber, s => s.Status == CaseStatus.Incomplete);
            Assert.Single(await first.WaitForMailsAsync(1));
            hubName = first.Hub;
        }

        await using var second = await LifecycleHarness.StartAsync(azurite, existingHub: hubName, now: LifecycleHarness.Start.AddDays(7), messageVisibility: TimeSpan.FromSeconds(3));

        var reminder = Assert.Single(await second.WaitForMailsAsync(1));
        Assert.Contains("Erinnerung", reminder.Subject, StringComparison.Ordinal);
        await Task.Delay(1500);
        Assert.Single(second.Mail.Sent);
        Assert.Equal(CaseStatus.Incomplete, (await second.Cases.GetAsync(caseNumber))!.Status);
    }
}
