using Azure;

namespace Bleiberecht.Storage.Tables;

/// <summary>The system properties every table entity has (mirrors Azure.Data.Tables.ITableEntity).</summary>
public interface ITableEntity
{
    string PartitionKey { get; set; }

    string RowKey { get; set; }

    DateTimeOffset? Timestamp { get; set; }

    ETag ETag { get; set; }
}
