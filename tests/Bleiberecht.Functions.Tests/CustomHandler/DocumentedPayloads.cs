namespace Bleiberecht.Functions.Tests.CustomHandler;

/// <summary>
/// Invocation bodies as the Functions host sends them to a custom handler. The queue example is the one in Microsoft's
/// "Azure Functions custom handlers" article (request payload section); timer and Event Grid blob bodies follow the
/// same Data/Metadata shape with the trigger's documented metadata (TimerInfo; BlobTrigger, Uri, Properties, name).
/// </summary>
internal static class DocumentedPayloads
{
    /// <summary>The article's queue example, verbatim (its binding is called <c>myQueueItem</c>).</summary>
    public const string QueueExample = """
        {
          "Data": {
            "myQueueItem": "{ message: \"Message sent\" }"
          },
          "Metadata": {
            "DequeueCount": 1,
            "ExpirationTime": "2019-10-16T17:58:31+00:00",
            "Id": "800ae4b3-bdd2-4c08-badd-f08e5a34b865",
            "InsertionTime": "2019-10-09T17:58:31+00:00",
            "NextVisibleTime": "2019-10-09T18:08:32+00:00",
            "PopReceipt": "AgAAAAMAAAAAAAAAAgtnj8x+1QE=",
            "sys": {
              "MethodName": "QueueTrigger",
              "UtcNow": "2019-10-09T17:58:32.2205399Z",
              "RandGuid": "24ad4c06-24ad-4e5b-8294-3da9714877e9"
            }
          }
        }
        """;

    /// <summary>A queue message whose JSON text arrives as the JSON value itself (not quoted).</summary>
    public const string QueuePlainJson = """
        {
          "Data": { "message": { "case": "BF-2026-0042", "step": 3 } },
          "Metadata": { "DequeueCount": "2", "Id": "6f1c0a9e-0000-4000-8000-000000000001", "sys": { "MethodName": "ProbeQueue" } }
        }
        """;

    /// <summary>A timer tick (TimerInfo serialised by the host).</summary>
    public const string TimerExample = """
        {
          "Data": {
            "timer": {
              "Schedule": { "AdjustForDST": true },
              "ScheduleStatus": { "Last": "2026-11-21T10:00:00+00:00", "Next": "2026-11-21T12:00:00+00:00", "LastUpdated": "2026-11-21T10:00:00+00:00" },
              "IsPastDue": true
            }
          },
          "Metadata": { "sys": { "MethodName": "ProbeClock", "UtcNow": "2026-11-21T11:00:00.0123456Z", "RandGuid": "0b1d6f5e-2f7c-4c55-8a4e-1b9d4c3a2e10" } }
        }
        """;

    /// <summary>An Event Grid blob trigger invocation; <paramref name="blobPath"/> is <c>container/name</c>.</summary>
    public static string BlobExample(string blobPath, string blobUri) => $$"""
        {
          "Data": { "blob": "ignored content" },
          "Metadata": {
            "BlobTrigger": "{{blobPath}}",
            "Uri": "{{blobUri}}",
            "Properties": { "ContentLength": 11, "ContentType": "message/rfc822", "ETag": "\"0x8DCABCDEF012345\"" },
            "Metadata": {},
            "name": "{{blobPath[(blobPath.IndexOf('/', StringComparison.Ordinal) + 1)..]}}",
            "sys": { "MethodName": "ProbeInbox", "UtcNow": "2026-11-21T11:00:00Z", "RandGuid": "5a7e0c1d-3b2a-4f6e-9d8c-7b6a5e4d3c2b" }
          }
        }
        """;
}
