using System.Text.Json;
using Bleiberecht.Functions.CustomHandler;
using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Tests.CustomHandler;

public sealed class InvocationPayloadTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 11, 0, 0, TimeSpan.Zero);
    private static readonly FunctionDefinition QueueFunction = new("Q", TriggerKind.Queue, Queue: "work");
    private static readonly FunctionDefinition BlobFunction = new("B", TriggerKind.Blob, Container: "inbox");
    private static readonly FunctionDefinition TimerFunction = new("T", TriggerKind.Timer, Schedule: "0 0 * * * *");

    [Fact]
    public void Documented_queue_example_gives_text_id_and_dequeue_count()
    {
        var invocation = InvocationPayload.ToQueueInvocation(QueueFunction, Parse(DocumentedPayloads.QueueExample), Now);

        Assert.Equal("{ message: \"Message sent\" }", invocation.MessageText);
        Assert.Equal("800ae4b3-bdd2-4c08-badd-f08e5a34b865", invocation.MessageId);
        Assert.Equal(1, invocation.DequeueCount);
        Assert.Equal(new DateTimeOffset(2019, 10, 9, 17, 58, 31, TimeSpan.Zero), invocation.InsertedOn);
        Assert.Equal("work", invocation.QueueName);
    }

    [Fact]
    public void Plain_json_queue_message_keeps_its_json_text()
    {
        var invocation = InvocationPayload.ToQueueInvocation(QueueFunction, Parse(DocumentedPayloads.QueuePlainJson), Now);

        Assert.Equal("BF-2026-0042", JsonDocument.Parse(invocation.MessageText).RootElement.GetProperty("case").GetString());
        Assert.Equal(2, invocation.DequeueCount);
    }

    [Theory]
    [InlineData("\"hello\"", "hello")]
    [InlineData("\"\\\"hello\\\"\"", "hello")]
    [InlineData("\"{\\\"a\\\":1}\"", "{\"a\":1}")]
    [InlineData("42", "42")]
    public void Queue_text_is_accepted_plain_or_json_quoted(string dataValue, string expected)
    {
        var request = Parse($$"""{ "Data": { "message": {{dataValue}} }, "Metadata": { "Id": "m1" } }""");

        Assert.Equal(expected, InvocationPayload.ToQueueInvocation(QueueFunction, request, Now).MessageText);
    }

    [Fact]
    public void Queue_invocation_without_a_message_is_rejected()
    {
        Assert.Throws<InvocationPayloadException>(() => InvocationPayload.ToQueueInvocation(QueueFunction, Parse("""{ "Data": {}, "Metadata": {} }"""), Now));
    }

    [Fact]
    public void Timer_example_gives_past_due_next_and_time()
    {
        var invocation = InvocationPayload.ToTimerInvocation(TimerFunction, Parse(DocumentedPayloads.TimerExample), Now);

        Assert.True(invocation.IsPastDue);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero), invocation.Next);
        Assert.Equal(new DateTime(2026, 11, 21, 11, 0, 0, DateTimeKind.Utc), invocation.ScheduledFor.UtcDateTime.AddTicks(-123456));
    }

    [Fact]
    public void Blob_example_gives_container_name_and_etag()
    {
        var invocation = InvocationPayload.ToBlobInvocation(BlobFunction, Parse(DocumentedPayloads.BlobExample("inbox/2026/mail 1.eml", "http://127.0.0.1/devstoreaccount1/inbox/2026/mail%201.eml")));

        Assert.Equal(("inbox", "2026/mail 1.eml"), (invocation.ContainerName, invocation.BlobName));
        Assert.Equal("\"0x8DCABCDEF012345\"", invocation.ETag);
        Assert.Equal(11, invocation.Length);
    }

    private static InvocationRequest Parse(string json) => JsonSerializer.Deserialize<InvocationRequest>(json)!;
}
