namespace Bleiberecht.Functions.Hosting;

/// <summary>
/// Contributes entries to the <see cref="FunctionCatalog"/>. Implementations are discovered by reflection
/// (like the command-line commands), so a feature adds its functions by adding one class.
/// </summary>
internal interface IFunctionSource
{
    /// <summary>The functions this feature defines.</summary>
    IEnumerable<FunctionDefinition> Functions { get; }
}
