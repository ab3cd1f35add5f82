namespace Bleiberecht.Workflow.Backend;

/// <summary>One operation of an entity group transaction on an instance partition.</summary>
internal sealed record RowOperation(RowOperationKind Kind, string RowKey, IReadOnlyDictionary<string, object?>? Properties = null, string? IfMatch = null);

/// <summary>The kinds of row operation the runtime uses.</summary>
internal enum RowOperationKind
{
    /// <summary>Insert; fails when the row exists.</summary>
    Add,

    /// <summary>Replace the row whose ETag is <see cref="RowOperation.IfMatch"/>.</summary>
    Replace,

    /// <summary>Delete the row (ETag-fenced when <see cref="RowOperation.IfMatch"/> is set).</summary>
    Delete,
}
