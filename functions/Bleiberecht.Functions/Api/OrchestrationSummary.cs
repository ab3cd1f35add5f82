using System.Text.Json;
using Bleiberecht.Workflow;

namespace Bleiberecht.Functions.Api;

/// <summary>An orchestration as the operator sees it: status, times and custom status; never inputs or outputs (personal data).</summary>
internal sealed record OrchestrationSummary(
    string InstanceId, string Name, OrchestrationRuntimeStatus RuntimeStatus, DateTimeOffset CreatedAt, DateTimeOffset LastUpdatedAt, JsonElement? CustomStatus)
{
    public static OrchestrationSummary From(OrchestrationMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        JsonElement? custom = null;
        if (metadata.SerializedCustomStatus is { Length: > 0 } json)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                custom = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                custom = null;
            }
        }

        return new OrchestrationSummary(metadata.InstanceId, metadata.Name, metadata.RuntimeStatus, metadata.CreatedAt, metadata.LastUpdatedAt, custom);
    }
}
