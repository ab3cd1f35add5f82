namespace Bleiberecht.Storage.Core;

/// <summary>Query parameters as Shared Key canonicalization wants them: lower-case names, sorted, decoded values.</summary>
internal static class CanonicalQuery
{
    public static SortedDictionary<string, List<string>> Parse(string query)
    {
        var result = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        if (query.Length <= 1)
        {
            return result;
        }

        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
#pragma warning disable CA1308 // The Shared Key scheme prescribes lower-case parameter names.
            name = name.ToLowerInvariant();
#pragma warning restore CA1308
            if (!result.TryGetValue(name, out var values))
            {
                result[name] = values = [];
            }

            values.Add(value);
        }

        foreach (var values in result.Values)
        {
            values.Sort(StringComparer.Ordinal);
        }

        return result;
    }
}
