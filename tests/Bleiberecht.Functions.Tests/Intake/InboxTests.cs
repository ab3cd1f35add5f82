using System.Text;
using Bleiberecht.Documents.Mail;
using Bleiberecht.Storage.Blobs;

namespace Bleiberecht.Functions.Tests.Intake;

/// <summary>End to end: a raw e-mail written to <c>inbox</c>, the standalone watcher, the intake, the reply through a real SMTP server.</summary>
public sealed class InboxTests(InboxAppFixture fixture) : IClassFixture<InboxAppFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Mail_from_a_registered_counsellor_creates_a_case_and_the_counsellor_gets_the_case_number()
    {
        var messageId = "complete." + Guid.NewGuid().ToString("N") + "@awo.dortmund.example";

        await DropAsync("dortmund/" + Guid.NewGuid().ToString("N") + ".eml", InboxMessages.Message(InboxMessages.Counsellor, messageId, InboxMessages.Application("Complete")));

        var reply = await ReplyToAsync(messageId);
        Assert.StartsWith("Eingangsbestätigung / Confirmation of receipt: BF-", reply.Subject, StringComparison.Ordinal);
        var caseNumber = reply.Subject[(reply.Subject.LastIndexOf(' ') + 1)..];
        Assert.Contains("Fallnummer: " + caseNumber, reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("Die Unterlagen sind vollständig.", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("Case number: " + caseNumber, reply.TextBody, StringComparison.Ordinal);
        Assert.True(reply.IsAutomatic);
        Assert.Equal("bleiberecht@stadt.dortmund.example", reply.From!.Address);
        Assert.Single(await CaseBlobsAsync(caseNumber));
        await WaitUntilInboxEmptyAsync();
    }

    [Fact]
    public async Task Mail_without_consent_is_a_case_and_the_reply_lists_the_missing_consent()
    {
        var messageId = "incomplete." + Guid.NewGuid().ToString("N") + "@awo.dortmund.example";

        await DropAsync(Guid.NewGuid().ToString("N") + ".eml", InboxMessages.Message(InboxMessages.Counsellor, messageId, InboxMessages.Application("Incomplete", withConsent: false)));

        var reply = await ReplyToAsync(messageId);
        Assert.Contains("fehlt noch Folgendes", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("Einwilligung", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("the following is missing", reply.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_sender_creates_nothing_and_gets_no_reply()
    {
        var stranger = "stranger." + Guid.NewGuid().ToString("N")[..8] + "@mail.example";
        var before = (await CaseBlobsAsync("")).Count;

        await DropAsync("dortmund/" + Guid.NewGuid().ToString("N") + ".eml", InboxMessages.Message(stranger, Guid.NewGuid().ToString("N") + "@mail.example", InboxMessages.Application("Stranger")));

        await WaitUntilInboxEmptyAsync();
        await Task.Delay(500);
        Assert.Empty(fixture.Sink.ReceivedBy(stranger));
        Assert.Equal(before, (await CaseBlobsAsync("")).Count);
    }

    [Fact]
    public async Task The_same_message_delivered_twice_gives_one_case_and_one_confirmation()
    {
        var messageId = "twice." + Guid.NewGuid().ToString("N") + "@awo.dortmund.example";
        var raw = InboxMessages.Message(InboxMessages.Counsellor, messageId, InboxMessages.Application("Twice"));

        await DropAsync("dortmund/first-" + Guid.NewGuid().ToString("N") + ".eml", raw);
        await DropAsync("dortmund/second-" + Guid.NewGuid().ToString("N") + ".eml", raw);

        await WaitUntilInboxEmptyAsync();
        var reply = await ReplyToAsync(messageId);
        await Task.Delay(500);
        Assert.Single(fixture.Sink.Received, m => MimeMessageReader.Read(m.Raw).InReplyTo == messageId);
        Assert.Single(await CaseBlobsAsync(reply.Subject[(reply.Subject.LastIndexOf(' ') + 1)..]));
    }

    [Fact]
    public async Task Registered_sender_with_a_word_file_gets_the_problem_and_nothing_is_stored()
    {
        var messageId = "word." + Guid.NewGuid().ToString("N") + "@awo.dortmund.example";
        var before = (await CaseBlobsAsync("")).Count;
        var word = new OutgoingAttachment("Antrag.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Encoding.ASCII.GetBytes("PK\x03\x04 word"));

        await DropAsync("dortmund/" + Guid.NewGuid().ToString("N") + ".eml", InboxMessages.Message(InboxMessages.Counsellor, messageId, word));

        var reply = await ReplyToAsync(messageId);
        Assert.Equal("Einreichung nicht angenommen / Submission not accepted", reply.Subject);
        Assert.Contains("keine PDF-Datei", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("no PDF file", reply.TextBody, StringComparison.Ordinal);
        Assert.Equal(before, (await CaseBlobsAsync("")).Count);
    }

    private async Task DropAsync(string name, byte[] raw)
    {
        var inbox = fixture.Blobs.GetBlobContainerClient("inbox");
        await inbox.CreateIfNotExistsAsync();
        await inbox.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(raw));
    }

    private async Task<MailMessage> ReplyToAsync(string messageId)
    {
        try
        {
            var mail = (await fixture.Sink.WaitForMailsAsync(m => MimeMessageReader.Read(m.Raw).InReplyTo == messageId, 1, Patience))[0];
            Assert.Equal([InboxMessages.Counsellor], mail.EnvelopeTo);
            return MimeMessageReader.Read(mail.Raw);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(e.Message + "\nApp output:\n" + fixture.AppOutput, e);
        }
    }

    /// <summary>The submitted files stored under a case (or all cases): what the intake stored, not the lifecycle's letters.</summary>
    private async Task<List<string>> CaseBlobsAsync(string caseNumber)
    {
        var documents = fixture.Blobs.GetBlobContainerClient("documents");
        var names = new List<string>();
        if (!(await documents.ExistsAsync()).Value)
        {
            return names;
        }

        await foreach (var blob in documents.GetBlobsAsync("cases/" + caseNumber))
        {
            if (blob.Metadata.TryGetValue("kind", out var kind) && kind == "Submission")
            {
                names.Add(blob.Name);
            }
        }

        return names;
    }

    private async Task WaitUntilInboxEmptyAsync()
    {
        var inbox = fixture.Blobs.GetBlobContainerClient("inbox");
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var any = false;
            await foreach (BlobItem _ in inbox.GetBlobsAsync())
            {
                any = true;
                break;
            }

            if (!any)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The inbox was not emptied.\n" + fixture.AppOutput);
    }
}
