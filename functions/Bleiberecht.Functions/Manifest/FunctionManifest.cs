using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Manifest;

/// <summary>
/// Produces the Functions host's files from the <see cref="FunctionCatalog"/>: <c>host.json</c> (custom handler,
/// extension bundle, queue settings) and one <c>&lt;Function&gt;/function.json</c> per function.
/// </summary>
internal static class FunctionManifest
{
    /// <summary>The storage connection every trigger uses (a connection string or the <c>__serviceUri</c> identity settings).</summary>
    public const string Connection = "AzureWebJobsStorage";

    /// <summary>The executable the Functions host starts: the self-contained linux-x64 build of this app, at the app root.</summary>
    public const string Executable = "Bleiberecht.Functions";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The content of <c>host.json</c>.</summary>
    public static JsonObject HostJson(QueueTriggerOptions queues) => new()
    {
        ["version"] = "2.0",
        ["extensionBundle"] = new JsonObject
        {
            ["id"] = "Microsoft.Azure.Functions.ExtensionBundle",
            ["version"] = "[4.*, 5.0.0)",
        },
        ["customHandler"] = new JsonObject
        {
            ["description"] = new JsonObject
            {
                ["defaultExecutablePath"] = Executable,
                ["workingDirectory"] = "",
                ["arguments"] = new JsonArray(),
            },
            ["enableForwardingHttpRequest"] = true,
        },
        ["extensions"] = new JsonObject
        {
            ["http"] = new JsonObject { ["routePrefix"] = "api" },
            ["queues"] = new JsonObject
            {
                ["batchSize"] = queues.BatchSize,
                ["newBatchThreshold"] = queues.NewBatchThreshold,
                ["maxDequeueCount"] = queues.MaxDequeueCount,
                ["visibilityTimeout"] = Format(queues.VisibilityTimeout),
                ["maxPollingInterval"] = Format(queues.MaxPollingInterval),
                ["messageEncoding"] = queues.MessageEncoding,
            },
        },
    };

    /// <summary>The content of <c>&lt;Function&gt;/function.json</c> for <paramref name="function"/>.</summary>
    public static JsonObject FunctionJson(FunctionDefinition function)
    {
        var trigger = new JsonObject { ["name"] = function.BindingName };
        var bindings = new JsonArray(trigger);
        switch (function.Kind)
        {
            case TriggerKind.Http:
                trigger["type"] = "httpTrigger";
                trigger["direction"] = "in";
                trigger["authLevel"] = "anonymous";
                trigger["route"] = function.Route;
                bindings.Add(new JsonObject { ["name"] = "res", ["type"] = "http", ["direction"] = "out" });
                break;
            case TriggerKind.Queue:
                trigger["type"] = "queueTrigger";
                trigger["direction"] = "in";
                trigger["queueName"] = function.Queue;
                trigger["connection"] = Connection;
                break;
            case TriggerKind.Blob:
                trigger["type"] = "blobTrigger";
                trigger["direction"] = "in";
                trigger["path"] = function.Container + "/{name}";
                trigger["source"] = "EventGrid";
                trigger["connection"] = Connection;
                break;
            case TriggerKind.Timer:
                trigger["type"] = "timerTrigger";
                trigger["direction"] = "in";
                trigger["schedule"] = function.Schedule;
                break;
        }

        return new JsonObject { ["bindings"] = bindings };
    }

    /// <summary>JSON text as written to disk: two-space indentation, LF line ends, final newline.</summary>
    public static string ToText(JsonNode node) => node.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";

    /// <summary>Writes <c>host.json</c> and every <c>&lt;Function&gt;/function.json</c> into <paramref name="directory"/>; returns the files written.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(string directory, FunctionCatalog catalog, QueueTriggerOptions queues, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var hostPath = Path.Combine(directory, "host.json");
        await File.WriteAllTextAsync(hostPath, ToText(HostJson(queues)), Utf8, cancellationToken).ConfigureAwait(false);
        written.Add(hostPath);
        foreach (var function in catalog.Functions)
        {
            var folder = Path.Combine(directory, function.Name);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "function.json");
            await File.WriteAllTextAsync(path, ToText(FunctionJson(function)), Utf8, cancellationToken).ConfigureAwait(false);
            written.Add(path);
        }

        return written;
    }

    private static string Format(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
