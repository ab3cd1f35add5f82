using System.Security.Cryptography;
using System.Text;
using Azure;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Storage.Tables;

namespace Bleiberecht.Cases.Intake;

/// <summary>
/// Allocates case numbers <c>BF-YYYY-NNNN</c> per committee and calendar year, gap-free under concurrency,
/// and makes intake idempotent: the same file or the same Message-ID again yields the same case.
/// </summary>
/// <remarks>
/// Table layout (partition <c>{committee}|{year}</c>): row <c>counter</c> holds the last number; row
/// <c>case|{number}</c> is the case's index entry; rows <c>key|{hash}</c> map idempotency keys to the case.
/// All three are written in one entity group transaction fenced by the counter's ETag, so a number is
/// taken only together with its case (no gaps, even if the process dies) and two submissions racing for
/// the same number or the same key cannot both win.
/// </remarks>
public sealed class CaseRegistry(TableClient table, TimeProvider timeProvider)
{
    private const string CounterRow = "counter";
    private const int MaxAttempts = 50;

    /// <summary>Registers a submission received at <paramref name="receivedAt"/>, or finds the case it was registered as.</summary>
    /// <param name="committee">The committee the submission is for.</param>
    /// <param name="receivedAt">When it arrived; its calendar year (committee's time zone) is the case number's year.</param>
    /// <param name="idempotencyKeys">Raw keys (file hashes, a Message-ID); stored hashed.</param>
    /// <param name="caseProperties">Non-personal index properties of the new case (organisation, channel, status).</param>
    /// <param name="cancellationToken">Cancels the registration.</param>
    public async Task<CaseRegistration> RegisterAsync(
        CommitteeConfiguration committee,
        DateTimeOffset receivedAt,
        IReadOnlyCollection<string> idempotencyKeys,
        IReadOnlyDictionary<string, object?> caseProperties,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(committee);
        var year = TimeZoneInfo.ConvertTime(receivedAt, TimeZoneInfo.FindSystemTimeZoneById(committee.TimeZone)).Year;
        var partition = PartitionKey(committee.Id, year);
        var keyRows = idempotencyKeys.Select(KeyRow).Distinct(StringComparer.Ordinal).ToArray();

        for (var attempt = 1; ; attempt++)
        {
            var existing = await FindByKeysAsync(committee.Id, year, keyRows, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                return new CaseRegistration(existing.Value, Created: false);
            }

            var counterResponse = await table.GetEntityIfExistsAsync<TableEntity>(partition, CounterRow, cancellationToken: cancellationToken).ConfigureAwait(false);
            var counter = counterResponse.HasValue ? counterResponse.Value : null;
            var next = (counter?.GetInt32("Last") ?? 0) + 1;
            var number = new CaseNumber(committee.CaseNumberPrefix, year, next);

            var caseRow = new TableEntity(partition, CaseRow(number))
            {
                ["CaseNumber"] = number.ToString(),
                ["Committee"] = committee.Id,
                ["RegisteredAt"] = timeProvider.GetUtcNow(),
                ["ReceivedAt"] = receivedAt,
            };
            foreach (var (name, value) in caseProperties)
            {
                caseRow[name] = value;
            }

            var actions = new List<TableTransactionAction>
            {
                counter is null
                    ? new(TableTransactionActionType.Add, new TableEntity(partition, CounterRow) { ["Last"] = next })
                    : new(TableTransactionActionType.UpdateReplace, new TableEntity(partition, CounterRow) { ["Last"] = next }, counter.ETag),
                new(TableTransactionActionType.Add, caseRow),
            };
            actions.AddRange(keyRows.Select(k => new TableTransactionAction(
                TableTransactionActionType.Add,
                new TableEntity(partition, k) { ["CaseNumber"] = number.ToString() })));

            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return new CaseRegistration(number, Created: true);
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Someone else took the number or registered the same key first: look again.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * Math.Min(attempt, 10))), timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The case an idempotency key was registered for (this year or last, as <see cref="RegisterAsync"/> looks), or null.</summary>
    public async Task<CaseNumber?> FindAsync(CommitteeConfiguration committee, DateTimeOffset receivedAt, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(committee);
        var year = TimeZoneInfo.ConvertTime(receivedAt, TimeZoneInfo.FindSystemTimeZoneById(committee.TimeZone)).Year;
        return await FindByKeysAsync(committee.Id, year, [KeyRow(idempotencyKey)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The index entry of a case, or null.</summary>
    public async Task<TableEntity?> GetAsync(string committeeId, CaseNumber number, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(committeeId, number.Year), CaseRow(number), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Every case registered for a committee in a year, in number order.</summary>
    public async Task<IReadOnlyList<TableEntity>> ListAsync(string committeeId, int year, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(committeeId, year)} and RowKey ge {"case|"} and RowKey lt {"case}"}");
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<CaseNumber?> FindByKeysAsync(string committeeId, int year, string[] keyRows, CancellationToken cancellationToken)
    {
        // A submission sent again just after New Year still finds last year's case.
        foreach (var partition in new[] { PartitionKey(committeeId, year), PartitionKey(committeeId, year - 1) })
        {
            foreach (var key in keyRows)
            {
                var hit = await table.GetEntityIfExistsAsync<TableEntity>(partition, key, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (hit.HasValue && CaseNumber.TryParse(hit.Value!.GetString("CaseNumber"), out var number))
                {
                    return number;
                }
            }
        }

        return null;
    }

    internal static string PartitionKey(string committeeId, int year) => $"{committeeId}|{year:D4}";

    internal static string CaseRow(CaseNumber number) => "case|" + number;

    private static string KeyRow(string key) => "key|" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
