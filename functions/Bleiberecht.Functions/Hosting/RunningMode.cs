namespace Bleiberecht.Functions.Hosting;

/// <summary>The mode this process runs in (a DI singleton).</summary>
internal sealed record RunningMode(HostMode Mode);
