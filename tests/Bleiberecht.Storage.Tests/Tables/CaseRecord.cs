using Azure;
using Bleiberecht.Storage.Tables;

namespace Bleiberecht.Storage.Tests.Tables;

public enum CaseState
{
    Received,
    Assessed,
}

/// <summary>A typed entity with every supported property type.</summary>
public sealed class CaseRecord : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Counsellor { get; set; }

    public int Documents { get; set; }

    public long Bytes { get; set; }

    public double Score { get; set; }

    public bool Urgent { get; set; }

    public DateTimeOffset ReceivedOn { get; set; }

    public DateTime DecidedOn { get; set; }

    public Guid CorrelationId { get; set; }

    public byte[]? Hash { get; set; }

    public BinaryData? Attachment { get; set; }

    public int? OptionalCount { get; set; }

    public CaseState State { get; set; }
}
