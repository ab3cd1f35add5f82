namespace Bleiberecht.Pdf.Tests.Support;

/// <summary>Tests that assert wall-clock bounds run alone, not beside the rest of the suite on a 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedCollection
{
    public const string Name = "Timed (not parallel)";
}
