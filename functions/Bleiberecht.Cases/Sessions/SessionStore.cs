using System.Globalization;
using Azure;
using Bleiberecht.Cases.Calendar;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Generated;
using Bleiberecht.Storage.Tables;

namespace Bleiberecht.Cases.Sessions;

/// <summary>
/// The <c>sessions</c> table, partition = committee id: row <c>calendar</c> (version; its ETag fences every change),
/// rows <c>session|{id}</c>, <c>agenda|{session}|{case}</c> and <c>waiting|{case}</c>. Only case numbers, no personal data.
/// A change reads the partition, applies a function and commits all changed rows in one entity group transaction, so
/// concurrent changes of one committee are serialized and never half-applied.
/// </summary>
internal sealed class SessionStore(TableClient table)
{
    /// <summary>The table's name.</summary>
    public const string TableName = "sessions";

    private const string CalendarRow = "calendar";
    private const int MaxAttempts = 30;
    private const int MaxActions = 100;

    /// <summary>Reads the committee's partition.</summary>
    public async Task<SessionBook> LoadAsync(string committeeId, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {committeeId}");
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        var calendar = rows.FirstOrDefault(r => r.RowKey == CalendarRow);
        var book = new SessionBook(committeeId, calendar?.ETag ?? default, calendar?.GetInt32("Version") ?? 0);
        foreach (var row in rows)
        {
            switch (row.RowKey.Split('|')[0])
            {
                case "session":
                    book.Load(ReadSession(row));
                    break;
                case "agenda":
                    book.Load(ReadEntry(row));
                    break;
                case "waiting":
                    book.Load(new WaitingEntry(row.GetString("CaseNumber")!, row.GetBoolean("Urgent") ?? false, row.GetDateTimeOffset("ReadySince") ?? default));
                    break;
            }
        }

        return book;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to a fresh read of the partition and commits what it changed; repeats from a
    /// fresh read when another change won the race. Exceptions of <paramref name="change"/> pass through, nothing stored.
    /// </summary>
    public async Task<T> UpdateAsync<T>(string committeeId, Func<SessionBook, T> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var book = await LoadAsync(committeeId, cancellationToken).ConfigureAwait(false);
            var result = change(book);
            if (!book.HasChanges)
            {
                return result;
            }

            try
            {
                await table.SubmitTransactionAsync(Actions(book), cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // A storage back-off, not domain time: the wall clock, also when a test drives a manual clock.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * Math.Min(attempt, 10))), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static List<TableTransactionAction> Actions(SessionBook book)
    {
        var calendar = new TableEntity(book.CommitteeId, CalendarRow) { ["Version"] = book.Version + 1 };
        var actions = new List<TableTransactionAction>
        {
            book.CalendarETag == default
                ? new(TableTransactionActionType.Add, calendar)
                : new(TableTransactionActionType.UpdateReplace, calendar, book.CalendarETag),
        };
        actions.AddRange(book.ChangedSessions.Select(s => new TableTransactionAction(TableTransactionActionType.UpsertReplace, WriteSession(book.CommitteeId, s))));
        actions.AddRange(book.ChangedEntries.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, WriteEntry(book.CommitteeId, e))));
        foreach (var (caseNumber, entry) in book.ChangedWaiting)
        {
            if (entry is not null)
            {
                actions.Add(new(TableTransactionActionType.UpsertReplace, new TableEntity(book.CommitteeId, "waiting|" + caseNumber)
                {
                    ["CaseNumber"] = caseNumber,
                    ["Urgent"] = entry.Urgent,
                    ["ReadySince"] = entry.ReadySince,
                }));
            }
            else if (book.IsWaitingStored(caseNumber))
            {
                actions.Add(new(TableTransactionActionType.Delete, new TableEntity(book.CommitteeId, "waiting|" + caseNumber)));
            }
        }

        if (actions.Count > MaxActions)
        {
            throw new InvalidOperationException($"A change of the session calendar touches {actions.Count} rows; one transaction holds at most {MaxActions}.");
        }

        return actions;
    }

    private static TableEntity WriteSession(string committeeId, SessionRecord s) => new(committeeId, "session|" + s.Id)
    {
        ["SessionId"] = s.Id,
        ["Year"] = s.Year,
        ["Number"] = s.Number,
        ["Kind"] = s.Kind.ToString(),
        ["StartsAt"] = s.StartsAt,
        ["DurationMinutes"] = (int)s.Duration.TotalMinutes,
        ["Place"] = s.Place,
        ["Status"] = s.Status.ToString(),
        ["PlannedAt"] = s.PlannedAt,
        ["AgendaClosesAt"] = s.AgendaClosesAt,
        ["InvitationsDueAt"] = s.InvitationsDueAt,
        ["InvitedMembers"] = string.Join(',', s.InvitedMemberIds),
        ["MinutesDone"] = s.MinutesDone,
    };

    private static SessionRecord ReadSession(TableEntity row) => new()
    {
        Id = row.GetString("SessionId")!,
        CommitteeId = row.PartitionKey,
        Year = row.GetInt32("Year") ?? 0,
        Number = row.GetInt32("Number") ?? 0,
        Kind = Enum.Parse<SessionKind>(row.GetString("Kind")!),
        StartsAt = row.GetDateTimeOffset("StartsAt") ?? default,
        Duration = TimeSpan.FromMinutes(row.GetInt32("DurationMinutes") ?? 120),
        Place = row.GetString("Place") ?? string.Empty,
        Status = Enum.Parse<SessionStatus>(row.GetString("Status")!),
        PlannedAt = row.GetDateTimeOffset("PlannedAt") ?? default,
        AgendaClosesAt = row.GetDateTimeOffset("AgendaClosesAt") ?? default,
        InvitationsDueAt = row.GetDateTimeOffset("InvitationsDueAt") ?? default,
        InvitedMemberIds = (row.GetString("InvitedMembers") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
        MinutesDone = row.GetBoolean("MinutesDone") ?? false,
    };

    private static TableEntity WriteEntry(string committeeId, AgendaEntry e) => new(committeeId, $"agenda|{e.SessionId}|{e.CaseNumber}")
    {
        ["SessionId"] = e.SessionId,
        ["CaseNumber"] = e.CaseNumber,
        ["Position"] = e.Position,
        ["State"] = e.State.ToString(),
        ["Urgent"] = e.Urgent,
        ["Recommendation"] = e.Recommendation?.ToString(),
        ["AgendaClosedSent"] = e.AgendaClosedSent,
        ["ReturnSent"] = e.ReturnSent,
        ["CarriedOver"] = e.CarriedOver,
    };

    private static AgendaEntry ReadEntry(TableEntity row) => new()
    {
        SessionId = row.GetString("SessionId")!,
        CaseNumber = row.GetString("CaseNumber")!,
        Position = row.GetInt32("Position") ?? 0,
        State = Enum.Parse<SessionCaseState>(row.GetString("State")!),
        Urgent = row.GetBoolean("Urgent") ?? false,
        Recommendation = row.GetString("Recommendation") is { Length: > 0 } r ? Enum.Parse<Recommendation>(r) : null,
        AgendaClosedSent = row.GetBoolean("AgendaClosedSent") ?? false,
        ReturnSent = row.GetBoolean("ReturnSent") ?? false,
        CarriedOver = row.GetBoolean("CarriedOver") ?? false,
    };

    internal static string SessionId(string prefix, int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-S-{year:D4}-{number:D2}");
}
