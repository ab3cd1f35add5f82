namespace Bleiberecht.Functions.Hosting;

/// <summary>Who starts the functions.</summary>
internal enum HostMode
{
    /// <summary>Local: the app polls queues, watches containers and ticks timers itself; Kestrel serves HTTP.</summary>
    Standalone,

    /// <summary>Azure: the Functions host starts the app with <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> and posts invocations to it.</summary>
    CustomHandler,
}
