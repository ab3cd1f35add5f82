using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Bleiberecht.Storage.Core;

namespace Bleiberecht.Storage.Tables;

/// <summary>One table (mirrors Azure.Data.Tables.TableClient): entities, queries and entity group transactions.</summary>
public sealed partial class TableClient
{
    private readonly Uri serviceUri;
    private readonly HttpPipeline pipeline;

    internal TableClient(Uri serviceUri, string name, HttpPipeline pipeline)
    {
        this.serviceUri = serviceUri;
        this.pipeline = pipeline;
        Name = name;
        Uri = new Uri(serviceUri.AbsoluteUri.TrimEnd('/') + "/" + name);
    }

    public string Name { get; }

    public Uri Uri { get; }

    /// <summary>Creates the table; 204 when created, 409 (TableAlreadyExists) returned, not thrown, when it exists.</summary>
    public async Task<Response> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Post, "/Tables");
        using var body = new MemoryStream();
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writer.WriteString("TableName", Name);
            writer.WriteEndObject();
        }

        SetJsonContent(message.Request, body.ToArray());
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        return await StorageRequests.SendAsync(pipeline, message, cancellationToken, 201, 204, 409).ConfigureAwait(false);
    }

    /// <summary>Deletes the table with all entities; 404 is returned, not thrown, when it does not exist.</summary>
    public async Task<Response> DeleteAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, "/Tables('" + Uri.EscapeDataString(Name) + "')");
        return await StorageRequests.SendAsync(pipeline, message, cancellationToken, 204, 404).ConfigureAwait(false);
    }

    /// <summary>Inserts a new entity; 409 EntityAlreadyExists if the keys are taken. The new ETag is in the response headers.</summary>
    public async Task<Response> AddEntityAsync<T>(T entity, CancellationToken cancellationToken = default)
        where T : class, ITableEntity
    {
        var body = TableEntitySerializer.Serialize(entity);
        using var message = CreateMessage(RequestMethod.Post, "/" + Name);
        SetJsonContent(message.Request, body);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        return await StorageRequests.SendAsync(pipeline, message, cancellationToken, 204, 201).ConfigureAwait(false);
    }

    /// <summary>Inserts or updates (merge or replace) regardless of the stored version.</summary>
    public async Task<Response> UpsertEntityAsync<T>(T entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
        where T : class, ITableEntity
    {
        var body = TableEntitySerializer.Serialize(entity);
        using var message = CreateMessage(mode == TableUpdateMode.Merge ? MergeMethod : RequestMethod.Put, EntityPath(entity.PartitionKey, entity.RowKey));
        SetJsonContent(message.Request, body);
        return await StorageRequests.SendAsync(pipeline, message, cancellationToken, 204).ConfigureAwait(false);
    }

    /// <summary>Updates an existing entity if its ETag still matches <paramref name="ifMatch"/> (<see cref="ETag.All"/> for any); 412 on a conflict, 404 if missing.</summary>
    public async Task<Response> UpdateEntityAsync<T>(T entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
        where T : class, ITableEntity
    {
        if (ifMatch == default)
        {
            throw new ArgumentException("UpdateEntityAsync needs an ETag (the entity's, or ETag.All to overwrite any version).", nameof(ifMatch));
        }

        var body = TableEntitySerializer.Serialize(entity);
        using var message = CreateMessage(mode == TableUpdateMode.Merge ? MergeMethod : RequestMethod.Put, EntityPath(entity.PartitionKey, entity.RowKey));
        SetJsonContent(message.Request, body);
        message.Request.Headers.SetValue("If-Match", ifMatch.ToString("H"));
        return await StorageRequests.SendAsync(pipeline, message, cancellationToken, 204).ConfigureAwait(false);
    }

    /// <summary>Deletes an entity if its ETag matches (default: any version). A missing entity is not an error (404 returned).</summary>
    public async Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, EntityPath(partitionKey, rowKey));
        message.Request.Headers.SetValue("If-Match", ifMatch == default ? "*" : ifMatch.ToString("H"));
        return await StorageRequests.SendAsync(pipeline, message, cancellationToken, 204, 404).ConfigureAwait(false);
    }

    /// <summary>Reads one entity; 404 (ResourceNotFound) throws.</summary>
    public async Task<Response<T>> GetEntityAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        var response = await GetEntityIfExistsAsync<T>(partitionKey, rowKey, select, cancellationToken).ConfigureAwait(false);
        return response.HasValue ? Response.FromValue(response.Value!, response.GetRawResponse()) : throw StorageRequests.CreateException(response.GetRawResponse());
    }

    /// <summary>Reads one entity; <c>HasValue</c> is false when it does not exist.</summary>
    public async Task<NullableResponse<T>> GetEntityIfExistsAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        using var message = CreateMessage(RequestMethod.Get, EntityPath(partitionKey, rowKey), ("$select", Select(select)));
        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 200, 404).ConfigureAwait(false);
        if (response.Status == 404)
        {
            return new NoValueResponse<T>(response);
        }

        using var json = JsonDocument.Parse(response.Content.ToMemory());
        return Response.FromValue(TableEntitySerializer.Deserialize<T>(json.RootElement), response);
    }

    /// <summary>Queries entities with an OData <paramref name="filter"/> (build it with <see cref="CreateQueryFilter"/>), paging with continuation tokens; at most 1,000 per page.</summary>
    public AsyncPageable<T> QueryAsync<T>(string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        if (maxPerPage is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPerPage), maxPerPage, "A page holds 1 to 1,000 entities.");
        }

        var selected = Select(select);
        return new StoragePageable<T>((token, hint, ct) => QueryPageAsync<T>(filter, hint ?? maxPerPage, selected, token, ct), cancellationToken);
    }

    /// <summary>Formats an OData filter, quoting and escaping each value by its type (strings, dates, GUIDs, Int64, binary).</summary>
    public static string CreateQueryFilter(FormattableString filter) => TableQueryFilter.Create(filter);

    private async Task<Page<T>> QueryPageAsync<T>(string? filter, int? top, string? select, string? continuation, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        string? nextPartition = null, nextRow = null;
        if (!string.IsNullOrEmpty(continuation))
        {
            var space = continuation.IndexOf(' ', StringComparison.Ordinal);
            (nextPartition, nextRow) = space < 0 ? (continuation, null) : (continuation[..space], continuation[(space + 1)..]);
        }

        using var message = CreateMessage(RequestMethod.Get, "/" + Name + "()",
            ("$filter", filter),
            ("$select", select),
            ("$top", top?.ToString(CultureInfo.InvariantCulture)),
            ("NextPartitionKey", nextPartition),
            ("NextRowKey", nextRow));
        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 200).ConfigureAwait(false);
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var items = new List<T>();
        if (json.RootElement.TryGetProperty("value", out var values))
        {
            foreach (var item in values.EnumerateArray())
            {
                items.Add(TableEntitySerializer.Deserialize<T>(item));
            }
        }

        response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var partition);
        response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var row);
        var token = string.IsNullOrEmpty(partition) ? null : string.IsNullOrEmpty(row) ? partition : partition + " " + row;
        return Page<T>.FromValues(items, token, response);
    }

    private static readonly RequestMethod MergeMethod = new("MERGE");

    /// <summary>The $select list; the keys are always included so selected entities can still be told apart and updated.</summary>
    private static string? Select(IEnumerable<string>? select)
    {
        if (select is null)
        {
            return null;
        }

        var names = new List<string>(select);
        foreach (var key in (ReadOnlySpan<string>)[nameof(ITableEntity.PartitionKey), nameof(ITableEntity.RowKey)])
        {
            if (!names.Contains(key))
            {
                names.Add(key);
            }
        }

        return string.Join(',', names);
    }

    internal static string EntityPath(string tableName, string partitionKey, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        return "/" + tableName + "(PartitionKey='" + EscapeKey(partitionKey) + "',RowKey='" + EscapeKey(rowKey) + "')";
    }

    private string EntityPath(string partitionKey, string rowKey) => EntityPath(Name, partitionKey, rowKey);

    private static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    private static void SetJsonContent(Request request, byte[] body)
    {
        request.Content = RequestContent.Create(body);
        request.Headers.SetValue("Content-Type", TableConstants.ContentType);
    }

    private HttpMessage CreateMessage(RequestMethod method, string path, params ReadOnlySpan<(string Name, string? Value)> query)
    {
        var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(serviceUri);
        request.Uri.AppendPath(path, false);
        foreach (var (name, value) in query)
        {
            if (value is not null)
            {
                request.Uri.AppendQuery(name, value, true);
            }
        }

        request.Headers.SetValue("Accept", TableConstants.Accept);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        return message;
    }
}
