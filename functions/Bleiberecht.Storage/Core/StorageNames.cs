using System.Text.RegularExpressions;

namespace Bleiberecht.Storage.Core;

/// <summary>Validates container, queue and table names before a request is built.</summary>
internal static partial class StorageNames
{
    public static string Queue(string name) => Check(name, QueueOrContainerPattern(), "queue",
        "3–63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit");

    public static string Container(string name) => name == "$root" ? name : Check(name, QueueOrContainerPattern(), "container",
        "3–63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit");

    public static string Table(string name) => Check(name, TablePattern(), "table", "3–63 letters and digits, starting with a letter");

    private static string Check(string name, Regex pattern, string kind, string rule)
    {
        ArgumentNullException.ThrowIfNull(name);
        return pattern.IsMatch(name) && !name.Contains("--", StringComparison.Ordinal)
            ? name
            : throw new ArgumentException($"'{name}' is not a valid {kind} name: {rule}.", nameof(name));
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex QueueOrContainerPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex TablePattern();
}
