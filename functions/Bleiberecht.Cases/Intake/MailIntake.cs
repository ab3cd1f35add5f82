using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Application;
using Bleiberecht.Documents.Mail;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Cases.Intake;

/// <summary>
/// E-mail intake: reads a raw message from the inbox, finds the committee (from the inbox path, else the one the
/// sender is registered with), hands the PDF attachments to <see cref="ICaseIntake"/> and answers the sender once
/// (<see cref="IntakeSentMailLog"/>): a confirmation with the case number and what is still missing, or the problems.
/// Unknown senders and machine-sent mail get no answer (no backscatter, no loops). A subject naming a case of the
/// committee (<c>BF-2026-0042</c>, e.g. a reply to the confirmation) adds the documents to that case.
/// </summary>
public sealed partial class MailIntake(
    CommitteeCatalog committees,
    ICaseIntake intake,
    IMailSender sender,
    IntakeSentMailLog sentLog,
    TimeProvider timeProvider,
    ILogger<MailIntake> logger)
{
    /// <summary>How much of a refused message is read again for its sender (the header block).</summary>
    private const int HeaderProbeBytes = 256 * 1024;

    /// <summary>Processes one raw message; <paramref name="committeeHint"/> is the committee id from the inbox path, if any.</summary>
    /// <exception cref="InvalidOperationException">Another process is sending the reply to the same message right now: retry later.</exception>
    public async Task<MailIntakeResult> ProcessAsync(ReadOnlyMemory<byte> raw, string? committeeHint = null, CancellationToken cancellationToken = default)
    {
        var contentKey = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(raw.Span));
        MailMessage mail;
        try
        {
            mail = MimeMessageReader.Read(raw, timeProvider: timeProvider, cancellationToken: cancellationToken);
        }
        catch (MimeParseException e)
        {
            return await RefusedMessageAsync(raw, committeeHint, contentKey, e.Reason, cancellationToken).ConfigureAwait(false);
        }

        if (mail.IsAutomatic)
        {
            LogAutomatic();
            return new MailIntakeResult(MailIntakeOutcome.Automatic);
        }

        var committee = mail.From is null ? null : FindCommittee(mail.From.Address, committeeHint);
        if (committee is null)
        {
            LogUnknownSender(mail.From is null ? "missing-sender" : "unknown-sender");
            return new MailIntakeResult(MailIntakeOutcome.UnknownSender);
        }

        var messageKey = mail.MessageId is { Length: > 0 } id ? "message-id:" + id : contentKey;
        var mailProblems = MailProblems.Check(mail);
        if (mailProblems.Count > 0)
        {
            LogRejected(string.Join(",", mailProblems.Select(p => p.Code)));
            var sent = await ReplyAsync(committee, mail.From!, mail.MessageId, messageKey, IntakeReplies.Problems(mailProblems.Select(p => (p.German, p.English))), cancellationToken).ConfigureAwait(false);
            return new MailIntakeResult(MailIntakeOutcome.Rejected, ReplySent: sent);
        }

        var request = new IntakeRequest(
            committee.Id,
            IntakeChannel.Mail,
            mail.From!.Address,
            mail.PdfAttachments.Select(a => new SubmissionFile(a.FileName, a.Content.ToArray())).ToArray(),
            timeProvider.GetUtcNow(),
            mail.MessageId);
        var caseReference = FindCaseReference(mail.Subject, committee);
        IntakeResult result;
        try
        {
            result = caseReference is null
                ? await intake.SubmitAsync(request, cancellationToken).ConfigureAwait(false)
                : await intake.AddDocumentsAsync(caseReference, request, cancellationToken).ConfigureAwait(false);
        }
        catch (CaseActionException e)
        {
            LogRejected(e.Code);
            var sent = await ReplyAsync(committee, mail.From, mail.MessageId, messageKey, IntakeReplies.Problems([(e.MessageDe, e.Message)]), cancellationToken).ConfigureAwait(false);
            return new MailIntakeResult(MailIntakeOutcome.Rejected, ReplySent: sent);
        }

        if (!result.Accepted)
        {
            var sent = await ReplyAsync(committee, mail.From, mail.MessageId, messageKey, IntakeReplies.Problems(result.Problems.Select(p => (p.MessageDe, p.MessageEn))), cancellationToken).ConfigureAwait(false);
            return new MailIntakeResult(MailIntakeOutcome.Rejected, ReplySent: sent);
        }

        var confirmation = IntakeReplies.Confirmation(committee, result, added: caseReference is not null);
        var confirmed = await ReplyAsync(committee, mail.From, mail.MessageId, messageKey, confirmation, cancellationToken).ConfigureAwait(false);
        return new MailIntakeResult(caseReference is null ? MailIntakeOutcome.Accepted : MailIntakeOutcome.AddedToCase, result.CaseNumber, confirmed);
    }

    private async Task<MailIntakeResult> RefusedMessageAsync(ReadOnlyMemory<byte> raw, string? committeeHint, string contentKey, MimeParseError reason, CancellationToken cancellationToken)
    {
        // The body was refused; the header block alone may still name a registered sender who deserves an answer.
        MailMessage? headers = null;
        var end = raw.Span[..Math.Min(raw.Length, HeaderProbeBytes)].IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            end = raw.Span[..Math.Min(raw.Length, HeaderProbeBytes)].IndexOf("\n\n"u8);
        }

        if (end > 0)
        {
            try
            {
                headers = MimeMessageReader.Read(raw[..(end + 2)], timeProvider: timeProvider, cancellationToken: cancellationToken);
            }
            catch (MimeParseException)
            {
                // Not even the header block is readable.
            }
        }

        var committee = headers is { From: { } from, IsAutomatic: false } ? FindCommittee(from.Address, committeeHint) : null;
        if (committee is null)
        {
            LogUnreadable(reason);
            return new MailIntakeResult(headers?.IsAutomatic == true ? MailIntakeOutcome.Automatic : MailIntakeOutcome.UnknownSender);
        }

        LogRejected("mime-" + reason);
        var problem = MailProblems.ForError(reason);
        var messageKey = headers!.MessageId is { Length: > 0 } id ? "message-id:" + id : contentKey;
        var sent = await ReplyAsync(committee, headers.From!, headers.MessageId, messageKey, IntakeReplies.Problems([(problem.German, problem.English)]), cancellationToken).ConfigureAwait(false);
        return new MailIntakeResult(MailIntakeOutcome.Rejected, ReplySent: sent);
    }

    /// <summary>The committee from the inbox path when the sender is registered there; else the one committee the sender is registered with.</summary>
    private CommitteeConfiguration? FindCommittee(string address, string? committeeHint)
    {
        if (committeeHint is not null && committees.Find(committeeHint) is { } hinted)
        {
            return hinted.FindOrganisationOf(address) is null ? null : hinted;
        }

        var registered = committees.All.Where(c => c.FindOrganisationOf(address) is not null).ToArray();
        return registered.Length == 1 ? registered[0] : null;
    }

    private static string? FindCaseReference(string subject, CommitteeConfiguration committee)
    {
        foreach (Match match in CaseNumberInText().Matches(subject))
        {
            if (CaseNumber.TryParse(match.Value, out var number) && number.Value.Prefix == committee.CaseNumberPrefix)
            {
                return number.Value.ToString();
            }
        }

        return null;
    }

    private async Task<bool> ReplyAsync(CommitteeConfiguration committee, MailAddress to, string? inReplyTo, string messageKey, (string Subject, string Body) text, CancellationToken cancellationToken)
    {
        var key = $"{committee.Id}|{messageKey}";
        switch (await sentLog.TryClaimAsync(key, cancellationToken).ConfigureAwait(false))
        {
            case SentMailClaim.AlreadySent:
                LogReplyAlreadySent();
                return false;
            case SentMailClaim.InProgress:
                throw new InvalidOperationException("The reply to this message is being sent by another process; try again later.");
        }

        var reply = new OutgoingMail
        {
            From = sender.From,
            To = [to],
            Subject = text.Subject,
            Date = timeProvider.GetUtcNow(),
            // Deterministic: a reply sent twice after a crash carries the same id, so mail programs show it once.
            MessageId = $"intake.{Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..32]}@{sender.From.Domain}",
            InReplyTo = inReplyTo,
            TextBody = text.Body,
            IsAutomatic = true,
        };
        try
        {
            await sender.SendAsync(reply, cancellationToken).ConfigureAwait(false);
        }
        catch (SmtpSendException e) when (!e.IsTransient)
        {
            // The relay refuses this reply for good (e.g. 550): retrying would only keep the message in the inbox.
            LogReplyRefused(e.ReplyCode);
            await sentLog.MarkSentAsync(key, CancellationToken.None).ConfigureAwait(false);
            return false;
        }
        catch
        {
            await sentLog.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        await sentLog.MarkSentAsync(key, cancellationToken).ConfigureAwait(false);
        return true;
    }

    [GeneratedRegex(@"\b[A-Z]{1,5}-\d{4}-\d{4,6}\b", RegexOptions.CultureInvariant)]
    private static partial Regex CaseNumberInText();

    [LoggerMessage(EventId = 3070, Level = LogLevel.Information, Message = "Inbox message ignored: machine-sent (no reply)")]
    private partial void LogAutomatic();

    [LoggerMessage(EventId = 3071, Level = LogLevel.Warning, Message = "Inbox message rejected without reply: {Code}")]
    private partial void LogUnknownSender(string code);

    [LoggerMessage(EventId = 3072, Level = LogLevel.Information, Message = "Inbox message rejected with reply: {Codes}")]
    private partial void LogRejected(string codes);

    [LoggerMessage(EventId = 3073, Level = LogLevel.Warning, Message = "Inbox message unreadable ({Reason}) and no registered sender found: no reply")]
    private partial void LogUnreadable(MimeParseError reason);

    [LoggerMessage(EventId = 3075, Level = LogLevel.Error, Message = "Reply to an inbox message permanently refused by the mail server ({ReplyCode}); not retried")]
    private partial void LogReplyRefused(int? replyCode);

    [LoggerMessage(EventId = 3074, Level = LogLevel.Information, Message = "Reply to an inbox message went out before; not sent again")]
    private partial void LogReplyAlreadySent();
}
