using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bleiberecht.Cases.Committees;

/// <summary>Reads committee configurations from JSON and validates them completely before anything uses them.</summary>
public static class CommitteeConfigurationLoader
{
    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new IsoDurationJsonConverter(), new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
    };

    /// <summary>Parses and validates one committee; throws <see cref="CommitteeConfigurationException"/> listing every problem.</summary>
    public static CommitteeConfiguration Parse(string json, string source = "(inline)")
    {
        CommitteeConfiguration? configuration;
        try
        {
            configuration = JsonSerializer.Deserialize<CommitteeConfiguration>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new CommitteeConfigurationException(source, [$"{e.Path ?? "$"}: {e.Message}"]);
        }

        if (configuration is null)
        {
            throw new CommitteeConfigurationException(source, ["$: the file is empty (null)"]);
        }

        var problems = CommitteeConfigurationValidator.Validate(configuration);
        return problems.Count == 0 ? configuration : throw new CommitteeConfigurationException(source, problems);
    }

    /// <summary>Loads every <c>*.json</c> in <paramref name="directory"/>; ids and case number prefixes must be unique across them.</summary>
    public static IReadOnlyList<CommitteeConfiguration> LoadDirectory(string directory)
    {
        var committees = Directory.EnumerateFiles(directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => Parse(File.ReadAllText(path), Path.GetFileName(path)))
            .ToArray();
        var duplicate = committees.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? committees
            : throw new CommitteeConfigurationException(directory, [$"id: '{duplicate.Key}' is configured more than once"]);
    }

    /// <summary>Serializes a configuration in the same format <see cref="Parse"/> reads.</summary>
    public static string ToJson(CommitteeConfiguration configuration) => JsonSerializer.Serialize(configuration, JsonOptions);
}
