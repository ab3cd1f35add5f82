using Azure;

namespace Bleiberecht.Storage.Tables;

/// <summary>One action of an entity group transaction; <see cref="ETag"/> guards updates and deletes (default: any version).</summary>
public sealed record TableTransactionAction(TableTransactionActionType ActionType, ITableEntity Entity, ETag ETag = default);
