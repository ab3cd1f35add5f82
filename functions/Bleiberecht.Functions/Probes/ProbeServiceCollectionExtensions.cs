namespace Bleiberecht.Functions.Probes;

internal static class ProbeServiceCollectionExtensions
{
    public static IServiceCollection AddProbes(this IServiceCollection services) => services.AddSingleton<ProbeRecorder>();
}
