using Azure;
using Azure.Core;
using Bleiberecht.Storage.Core;

namespace Bleiberecht.Storage.Tables;

public sealed partial class TableClient
{
    /// <summary>
    /// Submits up to 100 actions on one partition as an atomic entity group transaction: all are applied or none.
    /// Limits are checked before anything is sent. A refused action throws <see cref="TableTransactionFailedException"/>
    /// naming its index; the value holds one response per action (with the new ETags).
    /// </summary>
    public async Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> transactionActions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transactionActions);
        var actions = transactionActions.ToList();
        if (actions.Count == 0)
        {
            throw new ArgumentException("A transaction needs at least one action.", nameof(transactionActions));
        }

        if (actions.Count > TableConstants.MaxBatchActions)
        {
            throw new ArgumentException($"A transaction holds at most {TableConstants.MaxBatchActions} actions; this one has {actions.Count}.", nameof(transactionActions));
        }

        var partition = actions[0].Entity.PartitionKey;
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            var entity = actions[i].Entity ?? throw new ArgumentException($"Action {i} has no entity.", nameof(transactionActions));
            if (!string.Equals(entity.PartitionKey, partition, StringComparison.Ordinal))
            {
                throw new ArgumentException($"All actions of a transaction must share one PartitionKey; action {i} has another.", nameof(transactionActions));
            }

            if (!rowKeys.Add(entity.RowKey ?? string.Empty))
            {
                throw new ArgumentException($"Action {i} touches an entity an earlier action of the transaction already touches; each entity may appear once.", nameof(transactionActions));
            }
        }

        var id = Guid.NewGuid().ToString("D");
        var batchBoundary = "batch_" + id;
        var body = TableBatchMultipart.Build(serviceUri, Name, actions, batchBoundary, "changeset_" + Guid.NewGuid().ToString("D"));
        if (body.Length > TableConstants.MaxBatchBytes)
        {
            throw new ArgumentException($"The transaction's payload is {body.Length / 1024} KiB; at most 4 MiB are allowed.", nameof(transactionActions));
        }

        using var message = CreateMessage(RequestMethod.Post, "/$batch");
        message.Request.Content = RequestContent.Create(body);
        message.Request.Headers.SetValue("Content-Type", "multipart/mixed; boundary=" + batchBoundary);
        await StorageRequests.SendRawAsync(pipeline, message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.Status != 202)
        {
            var (code, text) = TableBatchMultipart.Error(response);
            throw new TableTransactionFailedException(response.Status, $"The transaction was refused: {response.Status} {code}: {FirstLine(text)}", code, TableBatchMultipart.FailedIndex(text, actions.Count));
        }

        response.Headers.TryGetValue("Content-Type", out var contentType);
        var parts = TableBatchMultipart.Parse(contentType ?? string.Empty, response.Content);
        var failed = parts.FirstOrDefault(p => p.Status >= 400);
        if (failed is not null)
        {
            var (code, text) = TableBatchMultipart.Error(failed);
            var index = TableBatchMultipart.FailedIndex(text, actions.Count) ?? (actions.Count == 1 ? 0 : null);
            var where = index is { } i ? $"action {i} ({actions[i].ActionType})" : "an action";
            throw new TableTransactionFailedException(
                failed.Status,
                $"The transaction failed at {where}, nothing was applied: {failed.Status} {code}: {FirstLine(StripIndex(text))}",
                code,
                index);
        }

        if (parts.Count != actions.Count)
        {
            throw new TableTransactionFailedException(response.Status, $"The transaction response holds {parts.Count} results for {actions.Count} actions.", null, null);
        }

        return Response.FromValue<IReadOnlyList<Response>>(parts, response);
    }

    private static string? FirstLine(string? text) => text?.Split('\n')[0].Trim();

    private static string? StripIndex(string? text)
    {
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && text![..colon].All(char.IsAsciiDigit) ? text[(colon + 1)..] : text;
    }
}
