using System.Text;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Intake;
using Bleiberecht.Documents.Mail;
using Bleiberecht.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bleiberecht.Cases.Tests.Intake;

/// <summary><see cref="MailIntake"/> on Azurite with replies through a real SMTP server.</summary>
public sealed class MailIntakeTests(IntakeFixture fixture, SmtpSinkFixture sink) : IClassFixture<IntakeFixture>, IClassFixture<SmtpSinkFixture>
{
    private static readonly MailAddress Secretariat = new("Gremium", "bleiberecht@stadt.dortmund.example");

    private MailIntake NewMailIntake(IntakeScope scope, int? smtpPort = null) => new(
        scope.Catalog,
        scope.Intake,
        new SmtpMailSender(new SmtpMailSenderOptions { From = Secretariat, Host = sink.Host, Port = smtpPort ?? sink.Port, Timeout = TimeSpan.FromSeconds(5) }),
        new IntakeSentMailLog(fixture.CasesTable, TimeProvider.System),
        TimeProvider.System,
        NullLogger<MailIntake>.Instance);

    private static byte[] Mail(string from, string messageId, string subject = "Kurzantrag", bool automatic = false, params (string Name, byte[] Content)[] pdfs) => MimeMessageWriter.Write(new OutgoingMail
    {
        From = new MailAddress(null, from),
        To = [new MailAddress(null, "antraege@bleiberecht.example")],
        Subject = subject,
        Date = IntakeSamples.Today,
        MessageId = messageId,
        TextBody = "Anbei.",
        IsAutomatic = automatic,
        Attachments = pdfs.Select(p => new OutgoingAttachment(p.Name, "application/pdf", p.Content)).ToArray(),
    });

    private async Task<MailMessage> ReplyToAsync(string messageId) =>
        MimeMessageReader.Read((await sink.WaitForMailsAsync(m => MimeMessageReader.Read(m.Raw).InReplyTo == messageId))[0].Raw);

    [Fact]
    public async Task Machine_sent_mail_from_a_registered_counsellor_is_ignored_without_reply()
    {
        var scope = fixture.NewScope();
        var messageId = Guid.NewGuid().ToString("N") + "@awo.example";

        var result = await NewMailIntake(scope).ProcessAsync(Mail(IntakeScope.Counsellor, messageId, automatic: true, pdfs: ("antrag.pdf", IntakeSamples.Complete)), scope.Committee.Id);

        Assert.Equal(MailIntakeOutcome.Automatic, result.Outcome);
        Assert.Equal(0, await scope.CaseCountAsync());
        await Task.Delay(300);
        Assert.DoesNotContain(sink.Received, m => MimeMessageReader.Read(m.Raw).InReplyTo == messageId);
    }

    [Fact]
    public async Task Unreadable_message_from_a_registered_counsellor_is_answered_from_its_header()
    {
        var scope = fixture.NewScope();
        var messageId = Guid.NewGuid().ToString("N") + "@awo.example";
        var raw = new StringBuilder($"From: {IntakeScope.Counsellor}\r\nMessage-ID: <{messageId}>\r\nSubject: viele Teile\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n");
        for (var i = 0; i < 250; i++)
        {
            raw.Append("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n");
        }

        raw.Append("--b--\r\n");

        var result = await NewMailIntake(scope).ProcessAsync(Encoding.ASCII.GetBytes(raw.ToString()), scope.Committee.Id);

        Assert.Equal((MailIntakeOutcome.Rejected, true), (result.Outcome, result.ReplySent));
        var reply = await ReplyToAsync(messageId);
        Assert.Contains("zu viele Teile", reply.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await scope.CaseCountAsync());
    }

    [Fact]
    public async Task Answering_the_confirmation_with_the_consent_adds_it_to_the_case()
    {
        var scope = fixture.NewScope();
        var intake = NewMailIntake(scope);
        var first = Guid.NewGuid().ToString("N") + "@awo.example";
        var submitted = await intake.ProcessAsync(Mail(IntakeScope.Counsellor, first, pdfs: ("antrag.pdf", IntakeSamples.WithoutConsent)));
        var confirmation = await ReplyToAsync(first);
        Assert.Contains("fehlt noch Folgendes", confirmation.TextBody, StringComparison.Ordinal);

        var answer = Guid.NewGuid().ToString("N") + "@awo.example";
        var added = await intake.ProcessAsync(Mail(IntakeScope.Counsellor, answer, "AW: " + confirmation.Subject, pdfs: ("einwilligung.pdf", IntakeSamples.Consent)));

        Assert.Equal((MailIntakeOutcome.AddedToCase, submitted.CaseNumber), (added.Outcome, added.CaseNumber));
        var reply = await ReplyToAsync(answer);
        Assert.Contains($"dem Fall {submitted.CaseNumber} beim", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("Die Unterlagen sind vollständig.", reply.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, (await fixture.Documents.ListForCaseAsync(submitted.CaseNumber!)).Count);
        Assert.Equal(1, await scope.CaseCountAsync());
    }

    [Fact]
    public async Task A_failed_reply_is_sent_by_the_retry_and_only_once()
    {
        var scope = fixture.NewScope();
        var messageId = Guid.NewGuid().ToString("N") + "@awo.example";
        var raw = Mail(IntakeScope.Counsellor, messageId, pdfs: ("antrag.pdf", IntakeSamples.CompleteFor("Retry")));

        await Assert.ThrowsAsync<SmtpSendException>(() => NewMailIntake(scope, smtpPort: FreePorts.Take(1)[0]).ProcessAsync(raw));
        var retry = await NewMailIntake(scope).ProcessAsync(raw);
        var again = await NewMailIntake(scope).ProcessAsync(raw);

        Assert.Equal((MailIntakeOutcome.Accepted, true), (retry.Outcome, retry.ReplySent));
        Assert.Equal((retry.CaseNumber, false), (again.CaseNumber, again.ReplySent));
        await ReplyToAsync(messageId);
        await Task.Delay(300);
        Assert.Single(sink.Received, m => MimeMessageReader.Read(m.Raw).InReplyTo == messageId);
        Assert.Equal(1, await scope.CaseCountAsync());
    }

    [Fact]
    public async Task A_reply_the_mail_server_refuses_for_good_is_not_retried()
    {
        var scope = fixture.NewScope(adjust: c => c with
        {
            Organisations = [.. c.Organisations, new CounsellorOrganisation("gone", "Aufgelöste Beratungsstelle", [new Counsellor("refuse.me@gone.example", "Gone")])],
        });

        var result = await NewMailIntake(scope).ProcessAsync(Mail("refuse.me@gone.example", Guid.NewGuid().ToString("N") + "@gone.example", pdfs: ("antrag.pdf", IntakeSamples.CompleteFor("Refused"))));

        Assert.Equal((MailIntakeOutcome.Accepted, false), (result.Outcome, result.ReplySent));
        Assert.Equal(1, await scope.CaseCountAsync());
    }
}
