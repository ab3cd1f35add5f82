using System.Collections.Concurrent;
using System.Globalization;
using Bleiberecht.Functions.Api;
using Bleiberecht.Workflow;

namespace Bleiberecht.Functions.Tests.Api.Fakes;

/// <summary>Orchestrations in memory, with inputs and outputs that the API must never show; pages of the requested size.</summary>
internal sealed class FakeOrchestrationMonitor : IOrchestrationMonitor
{
    public const string SecretInput = "{\"applicant\":\"Amina Beispiel\"}";

    private readonly ConcurrentDictionary<string, OrchestrationMetadata> instances = new(StringComparer.Ordinal);

    public void Add(string id, string name, OrchestrationRuntimeStatus status, string? customStatus) => instances[id] = new OrchestrationMetadata(name, id)
    {
        RuntimeStatus = status,
        CreatedAt = ApiWorld.Now.AddDays(-30),
        LastUpdatedAt = ApiWorld.Now.AddDays(-1),
        SerializedCustomStatus = customStatus,
        SerializedInput = SecretInput,
        SerializedOutput = SecretInput,
    };

    public Task<OrchestrationQueryPage> QueryAsync(OrchestrationQuery query, CancellationToken cancellationToken = default)
    {
        var all = instances.Values
            .Where(i => query.Statuses is not { Count: > 0 } statuses || statuses.Contains(i.RuntimeStatus))
            .OrderBy(i => i.InstanceId, StringComparer.Ordinal)
            .ToArray();
        var start = query.ContinuationToken is { } token ? int.Parse(token, CultureInfo.InvariantCulture) : 0;
        var page = all.Skip(start).Take(query.PageSize).ToArray();
        var next = start + page.Length < all.Length ? (start + page.Length).ToString(CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new OrchestrationQueryPage(page, next));
    }

    public Task<OrchestrationMetadata?> GetAsync(string instanceId, CancellationToken cancellationToken = default) =>
        Task.FromResult(instances.GetValueOrDefault(instanceId));
}
