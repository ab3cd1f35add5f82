using System.Globalization;

namespace Bleiberecht.Documents.Tests.Mail;

/// <summary>
/// CPU time of the calling thread (Linux /proc/thread-self/stat, 10 ms ticks). Time bounds are checked on CPU
/// time because wall time on a shared 2-core CI machine measures the neighbours, not the parser.
/// </summary>
internal static class ThreadCpuTime
{
    private const string StatPath = "/proc/thread-self/stat";

    public static bool IsAvailable { get; } = File.Exists(StatPath);

    public static TimeSpan Now()
    {
        var stat = File.ReadAllText(StatPath);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
