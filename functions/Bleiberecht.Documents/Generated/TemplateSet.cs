using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bleiberecht.Documents.Generated;

/// <summary>
/// The texts of every generated document for one committee, as data (JSON): <c>Templates/{committee}/templates.json</c>
/// embedded in this assembly (<c>default</c> ships), or any JSON a committee supplies through <see cref="FromJson"/>.
/// </summary>
public sealed partial class TemplateSet
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>Markings (<c>confidential</c>, <c>nonPublic</c>).</summary>
    public Dictionary<string, string> Marking { get; init; } = [];

    /// <summary>Wording of each <see cref="Recommendation"/>.</summary>
    public Dictionary<string, string> Recommendations { get; init; } = [];

    /// <summary>Wording of each <see cref="ClosingReason"/>.</summary>
    public Dictionary<string, string> ClosingReasons { get; init; } = [];

    /// <summary>The document templates by camel-case <see cref="DocumentKind"/> name.</summary>
    public Dictionary<string, DocumentTemplate> Documents { get; init; } = [];

    /// <summary>The embedded set of <paramref name="committee"/> (folder name), or the default set.</summary>
    public static TemplateSet Load(string committee = "default")
    {
        var assembly = typeof(TemplateSet).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith($".Templates.{committee}.templates.json", StringComparison.Ordinal))
            ?? assembly.GetManifestResourceNames().First(n => n.EndsWith(".Templates.default.templates.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    /// <summary>Parses a template set; every document kind must have a template.</summary>
    public static TemplateSet FromJson(string json)
    {
        var set = JsonSerializer.Deserialize<TemplateSet>(json, Json) ?? throw new InvalidDataException("The template set is empty.");
        var missing = Enum.GetValues<DocumentKind>().Select(Key).Where(k => !set.Documents.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException("The template set has no template for: " + string.Join(", ", missing));
        }

        return set;
    }

    /// <summary>The template of <paramref name="kind"/>.</summary>
    public DocumentTemplate For(DocumentKind kind) => Documents[Key(kind)];

    /// <summary>Replaces <c>{name}</c> with its value; an unknown placeholder is a template error.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidDataException($"Unknown placeholder {{{m.Groups[1].Value}}} in a template."));

    private static string Key(DocumentKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
