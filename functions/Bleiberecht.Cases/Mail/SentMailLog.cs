using Bleiberecht.Cases.Audit;
using Bleiberecht.Documents.Mail;
using Bleiberecht.Storage.Tables;

namespace Bleiberecht.Cases.Mail;

/// <summary>
/// "A killed process repeats no letter": table <c>mailsent</c> records the Message-ID of every message sent
/// (partition = Message-ID, row <c>sent</c>; no addresses, no subject). A message whose id is recorded is not sent again.
/// </summary>
/// <remarks>
/// The id is recorded after the relay accepted the message: a crash in that gap sends it once more (at least once),
/// never zero times. Recipients can recognise the repeat by its identical Message-ID.
/// </remarks>
public sealed class SentMailLog(TableServiceClient tables, TimeProvider timeProvider, string tableName = SentMailLog.TableName)
{
    /// <summary>The table's name.</summary>
    public const string TableName = "mailsent";

    private const string Row = "sent";

    private readonly LazyTable table = new(tables, tableName);

    /// <summary>True when a message with <paramref name="messageId"/> was sent before.</summary>
    public async Task<bool> WasSentAsync(string messageId, CancellationToken cancellationToken = default)
    {
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var hit = await client.GetEntityIfExistsAsync<TableEntity>(Key(messageId), Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return hit.HasValue;
    }

    /// <summary>Sends <paramref name="mail"/> unless its Message-ID was sent before; returns true when it was sent now.</summary>
    public async Task<bool> SendOnceAsync(IMailSender sender, OutgoingMail mail, string? reference = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(mail);
        if (await WasSentAsync(mail.MessageId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await sender.SendAsync(mail, cancellationToken).ConfigureAwait(false);
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        await client.UpsertEntityAsync(
            new TableEntity(Key(mail.MessageId), Row) { ["SentAt"] = timeProvider.GetUtcNow(), ["Reference"] = reference },
            TableUpdateMode.Replace,
            cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static string Key(string messageId) =>
        string.Concat(messageId.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c));
}
