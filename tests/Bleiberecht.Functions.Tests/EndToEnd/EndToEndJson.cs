using System.Text.Json.Nodes;

namespace Bleiberecht.Functions.Tests.EndToEnd;

/// <summary>Reading answers as a person would: the texts inside a JSON document, unescaped.</summary>
internal static class EndToEndJson
{
    /// <summary>Every property name and string value of <paramref name="node"/>, one per line.</summary>
    public static string Text(JsonNode? node)
    {
        var lines = new List<string>();
        Collect(node, lines);
        return string.Join("\n", lines);
    }

    private static void Collect(JsonNode? node, List<string> lines)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    lines.Add(name);
                    Collect(value, lines);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, lines);
                }

                break;
            case JsonValue v:
                lines.Add(v.ToString());
                break;
        }
    }
}
