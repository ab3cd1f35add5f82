using System.Security.Cryptography;
using System.Text;
using Azure;
using Bleiberecht.Storage.Tables;

namespace Bleiberecht.Cases.Intake;

/// <summary>
/// Remembers which automatic replies went out, so a message delivered twice (at-least-once) is answered once.
/// A sender first claims a key (<see cref="TryClaimAsync"/>), sends, then marks it sent; a failed send releases the
/// claim, and a claim older than the lease is taken over (the claimer died mid-send: at-least-once then).
/// Rows: partition <see cref="Partition"/>, row = SHA-256 of the key (no address, no Message-ID in clear).
/// </summary>
public sealed class IntakeSentMailLog(TableClient table, TimeProvider timeProvider)
{
    /// <summary>The partition the log uses (it can share a table with other data).</summary>
    public const string Partition = "mailsent|intake";

    /// <summary>How long a claim blocks others.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>Claims <paramref name="key"/> for sending.</summary>
    public async Task<SentMailClaim> TryClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        var row = Row(key);
        var now = timeProvider.GetUtcNow();
        var existing = await table.GetEntityIfExistsAsync<TableEntity>(Partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            if (!existing.HasValue)
            {
                await table.AddEntityAsync(new TableEntity(Partition, row) { ["ClaimedAt"] = now, ["Sent"] = false }, cancellationToken).ConfigureAwait(false);
                return SentMailClaim.Claimed;
            }

            var entity = existing.Value!;
            if (entity.GetBoolean("Sent") == true)
            {
                return SentMailClaim.AlreadySent;
            }

            if (entity.GetDateTimeOffset("ClaimedAt") is { } claimedAt && claimedAt + Lease > now)
            {
                return SentMailClaim.InProgress;
            }

            await table.UpdateEntityAsync(new TableEntity(Partition, row) { ["ClaimedAt"] = now, ["Sent"] = false }, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return SentMailClaim.Claimed;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return SentMailClaim.InProgress;
        }
    }

    /// <summary>Records that the reply for <paramref name="key"/> was sent.</summary>
    public async Task MarkSentAsync(string key, CancellationToken cancellationToken = default) =>
        await table.UpsertEntityAsync(new TableEntity(Partition, Row(key)) { ["Sent"] = true, ["SentAt"] = timeProvider.GetUtcNow() }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);

    /// <summary>Gives up a claim after a failed send, so a retry may send.</summary>
    public async Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            await table.DeleteEntityAsync(Partition, Row(key), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Nothing to release.
        }
    }

    private static string Row(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
