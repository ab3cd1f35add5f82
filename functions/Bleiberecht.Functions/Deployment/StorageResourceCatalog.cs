using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Deployment;

/// <summary>
/// Every container, queue and table the app uses: each queue function's queue and its <c>-poison</c> queue, each blob
/// function's container, and what the <see cref="IStorageResourceSource"/>s declare. Bicep creates exactly these
/// (<c>infra/storage-resources.json</c>, compared by a test); standalone mode creates them at start-up.
/// </summary>
internal static class StorageResourceCatalog
{
    /// <summary>Every <see cref="IStorageResourceSource"/> of this assembly, ordered by type name.</summary>
    public static IReadOnlyList<IStorageResourceSource> Sources { get; } = typeof(StorageResourceCatalog).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IStorageResourceSource).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IStorageResourceSource)Activator.CreateInstance(t, nonPublic: true)!)
        .ToArray();

    /// <summary>The app's resources, from <see cref="FunctionCatalog.Default"/> and <see cref="Sources"/>.</summary>
    public static StorageResources Default { get; } = From(FunctionCatalog.Default, Sources);

    /// <summary>The resources of <paramref name="catalog"/> and <paramref name="sources"/>, each list sorted and without duplicates.</summary>
    public static StorageResources From(FunctionCatalog catalog, IEnumerable<IStorageResourceSource> sources)
    {
        var declared = sources.Select(s => s.Resources).ToList();
        var queues = catalog.OfKind(TriggerKind.Queue).SelectMany(f => new[] { f.Queue!, f.Queue + "-poison" });
        var containers = catalog.OfKind(TriggerKind.Blob).Select(f => f.Container!);
        return new(
            Sorted(containers.Concat(declared.SelectMany(r => r.Containers))),
            Sorted(queues.Concat(declared.SelectMany(r => r.Queues))),
            Sorted(declared.SelectMany(r => r.Tables)));
    }

    private static string[] Sorted(IEnumerable<string> names) => names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
