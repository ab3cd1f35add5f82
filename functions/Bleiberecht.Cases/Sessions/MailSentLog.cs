using Azure;
using Bleiberecht.Storage.Tables;

namespace Bleiberecht.Cases.Sessions;

/// <summary>
/// Table <c>mailsent</c>: one row per sent Message-ID (partition = session id), so a repeated activity (after a crash
/// or retry) sends no mail twice. Only ids and a time, no addresses.
/// </summary>
internal sealed class MailSentLog(TableClient table, TimeProvider timeProvider)
{
    /// <summary>The table's name.</summary>
    public const string TableName = "mailsent";

    public async Task<bool> WasSentAsync(string subject, string messageId, CancellationToken cancellationToken = default)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Key(subject), Key(messageId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue;
    }

    public async Task MarkSentAsync(string subject, string messageId, CancellationToken cancellationToken = default)
    {
        try
        {
            await table.AddEntityAsync(new TableEntity(Key(subject), Key(messageId)) { ["SentAt"] = timeProvider.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Marked by an earlier run of the same activity.
        }
    }

    // Table keys must not contain / \ # ? or control characters.
    private static string Key(string value) => string.Concat(value.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c));
}
