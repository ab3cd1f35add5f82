using System.Globalization;
using Azure;
using Azure.Core;

namespace Bleiberecht.Storage.Core;

/// <summary>Reads typed values out of response headers.</summary>
internal static class StorageHeaders
{
    public static DateTimeOffset? GetDate(Response response, string name) =>
        response.Headers.TryGetValue(name, out var value) ? ParseDate(value) : null;

    public static DateTimeOffset ParseDate(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static ETag GetETag(Response response) =>
        response.Headers.ETag ?? default;

    public static string FormatDate(DateTimeOffset value) => value.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan value) => ((long)value.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    public static void AddConditions(Request request, ETag? ifMatch, ETag? ifNoneMatch)
    {
        if (ifMatch is { } match && match != default)
        {
            request.Headers.SetValue("If-Match", match.ToString("H"));
        }

        if (ifNoneMatch is { } noneMatch && noneMatch != default)
        {
            request.Headers.SetValue("If-None-Match", noneMatch.ToString("H"));
        }
    }
}
