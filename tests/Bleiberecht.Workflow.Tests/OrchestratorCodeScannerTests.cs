using Bleiberecht.Workflow.Analysis;

namespace Bleiberecht.Workflow.Tests;

public sealed class OrchestratorCodeScannerTests
{
    [Fact]
    public void Orchestrators_of_this_assembly_use_no_clock_guid_or_randomness()
    {
        var orchestrators = OrchestratorCodeScanner.FindOrchestratorTypes(typeof(OrchestratorCodeScannerTests).Assembly)
            .Where(t => t != typeof(CheatingOrchestrator));
        Assert.Empty(OrchestratorCodeScanner.FindBannedCalls(orchestrators));
    }

    [Fact]
    public void Scanner_finds_the_clock_guid_and_delay_in_async_code_lambdas_and_helpers()
    {
        var findings = OrchestratorCodeScanner.FindBannedCalls([typeof(CheatingOrchestrator)]);
        Assert.Contains(findings, f => f.Contains("System.DateTime.get_UtcNow (use context.CurrentUtcDateTime)", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("System.Guid.NewGuid (use context.NewGuid())", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("System.Threading.Tasks.Task.Delay", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("System.DateTimeOffset.get_Now", StringComparison.Ordinal));
    }

    /// <summary>Breaks every rule: used only by the scanner test, never registered.</summary>
    private sealed class CheatingOrchestrator : TaskOrchestrator<int, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, int input)
        {
            await Task.Delay(1);
            var ids = Enumerable.Range(0, input).Select(_ => Guid.NewGuid()).ToArray();
            return $"{DateTime.UtcNow:O} {ids.Length} {Helper()}";
        }

        private static string Helper() => CheatingHelpers.Stamp();
    }

    private static class CheatingHelpers
    {
        public static string Stamp() => DateTimeOffset.Now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
    }
}
