namespace Bleiberecht.Functions.Hosting;

/// <summary>How a function is started: the trigger types the app uses.</summary>
internal enum TriggerKind
{
    /// <summary>HTTP requests under <c>/api/...</c> (in Azure: one forwarding catch-all function).</summary>
    Http,

    /// <summary>A message in an Azure Storage queue.</summary>
    Queue,

    /// <summary>A new blob in a container (in Azure: an Event Grid blob trigger).</summary>
    Blob,

    /// <summary>A schedule (six-field NCRONTAB expression, seconds first).</summary>
    Timer,
}
