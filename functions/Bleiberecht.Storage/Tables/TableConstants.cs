namespace Bleiberecht.Storage.Tables;

internal static class TableConstants
{
    public const string ETagKey = "odata.etag";
    public const string Accept = "application/json;odata=minimalmetadata";
    public const string ContentType = "application/json";
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxBatchBytes = 4 * 1024 * 1024;
    public const int MaxBatchActions = 100;
}
