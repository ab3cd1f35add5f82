namespace Bleiberecht.Benchmarks;

/// <summary>
/// One benchmark command (<c>./bf bench storage</c>). Implementations are discovered by reflection;
/// each prints its figures as a Markdown table that the docs record.
/// </summary>
internal interface IBenchmarkCommand
{
    /// <summary>The name on the command line, e.g. <c>storage</c>.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Description { get; }

    Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default);
}
