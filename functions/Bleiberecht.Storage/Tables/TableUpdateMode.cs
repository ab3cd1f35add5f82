namespace Bleiberecht.Storage.Tables;

/// <summary>How an update or upsert treats properties the entity does not carry.</summary>
public enum TableUpdateMode
{
    /// <summary>Properties not sent are kept.</summary>
    Merge,

    /// <summary>The stored entity is replaced; properties not sent are removed.</summary>
    Replace,
}
