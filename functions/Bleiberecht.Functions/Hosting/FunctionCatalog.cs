using System.Text.RegularExpressions;

namespace Bleiberecht.Functions.Hosting;

/// <summary>
/// The single source of truth for the app's functions: the standalone triggers, the custom-handler routes and the
/// generated <c>function.json</c> files all come from here. <see cref="Default"/> collects the entries of every
/// <see cref="IFunctionSource"/> in this assembly and checks them.
/// </summary>
internal sealed partial class FunctionCatalog
{
    private readonly Dictionary<string, FunctionDefinition> byName;

    public FunctionCatalog(IEnumerable<FunctionDefinition> functions)
    {
        Functions = functions.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
        Validate(Functions);
        byName = Functions.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every <see cref="IFunctionSource"/> of this assembly, ordered by type name.</summary>
    public static IReadOnlyList<IFunctionSource> Sources { get; } = typeof(FunctionCatalog).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFunctionSource).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IFunctionSource)Activator.CreateInstance(t, nonPublic: true)!)
        .ToArray();

    /// <summary>The catalog of this app, from all <see cref="Sources"/>.</summary>
    public static FunctionCatalog Default { get; } = new(Sources.SelectMany(s => s.Functions));

    /// <summary>All functions, ordered by name.</summary>
    public IReadOnlyList<FunctionDefinition> Functions { get; }

    /// <summary>The function named <paramref name="name"/> (case-insensitive, as the Functions host treats names), or null.</summary>
    public FunctionDefinition? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>The functions of one trigger kind.</summary>
    public IEnumerable<FunctionDefinition> OfKind(TriggerKind kind) => Functions.Where(f => f.Kind == kind);

    private static void Validate(IReadOnlyList<FunctionDefinition> functions)
    {
        var problems = new List<string>();
        foreach (var duplicate in functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"function name '{duplicate.Key}' is used {duplicate.Count()} times");
        }

        foreach (var f in functions)
        {
            problems.AddRange(Check(f).Select(p => $"function '{f.Name}': {p}"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The function catalog is invalid: " + string.Join("; ", problems));
        }
    }

    private static IEnumerable<string> Check(FunctionDefinition f)
    {
        if (!FunctionNamePattern().IsMatch(f.Name))
        {
            yield return "the name must start with a letter and hold only letters, digits, '_' and '-' (at most 127)";
        }

        switch (f.Kind)
        {
            case TriggerKind.Queue:
                // The poison queue adds "-poison" (7 characters) and must itself be a valid queue name (max 63).
                if (f.Queue is null || !QueueNamePattern().IsMatch(f.Queue) || f.Queue.Contains("--", StringComparison.Ordinal) || f.Queue.Length > 56)
                {
                    yield return $"queue name '{f.Queue}' must be 3-56 lowercase letters, digits and single dashes";
                }

                break;
            case TriggerKind.Blob:
                if (f.Container is null || !QueueNamePattern().IsMatch(f.Container) || f.Container.Contains("--", StringComparison.Ordinal))
                {
                    yield return $"container name '{f.Container}' must be 3-63 lowercase letters, digits and single dashes";
                }

                break;
            case TriggerKind.Timer:
                if (f.Schedule is null || !CronSchedule.TryParse(f.Schedule, out _))
                {
                    yield return $"schedule '{f.Schedule}' is not a six-field NCRONTAB expression";
                }

                break;
            case TriggerKind.Http:
                if (string.IsNullOrWhiteSpace(f.Route))
                {
                    yield return "an HTTP function needs a route";
                }

                break;
        }

        var expected = f.Kind switch
        {
            TriggerKind.Queue => typeof(IQueueFunction),
            TriggerKind.Blob => typeof(IBlobFunction),
            TriggerKind.Timer => typeof(ITimerFunction),
            _ => null,
        };
        if (expected is not null && (f.Handler is null || !expected.IsAssignableFrom(f.Handler)))
        {
            yield return $"the handler must implement {expected.Name}";
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,126}$")]
    private static partial Regex FunctionNamePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex QueueNamePattern();
}
