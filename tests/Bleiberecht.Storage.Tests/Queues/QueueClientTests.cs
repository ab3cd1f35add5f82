using System.Text;
using Azure;
using Bleiberecht.Storage.Queues;
using Bleiberecht.Testing;

namespace Bleiberecht.Storage.Tests.Queues;

public sealed class QueueClientTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private async Task<QueueClient> NewQueueAsync(StorageClientOptions? options = null, string? name = null)
    {
        var queue = azurite.Account().CreateQueueServiceClient(options).GetQueueClient(name ?? TestAccounts.UniqueName("q"));
        await queue.CreateIfNotExistsAsync();
        return queue;
    }

    [Fact]
    public async Task Sent_message_is_received_with_its_text_and_deleted_with_the_pop_receipt()
    {
        var queue = await NewQueueAsync();
        var sent = await queue.SendMessageAsync("Grüße aus Dortmund – Straße ß");

        var received = Assert.Single((await queue.ReceiveMessagesAsync(maxMessages: 5)).Value);
        Assert.Equal(sent.Value.MessageId, received.MessageId);
        Assert.Equal("Grüße aus Dortmund – Straße ß", received.MessageText);
        Assert.Equal(1, received.DequeueCount);
        Assert.True(received.NextVisibleOn > received.InsertedOn);

        await queue.DeleteMessageAsync(received.MessageId, received.PopReceipt);
        Assert.Empty((await queue.PeekMessagesAsync(32)).Value);
        Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Message_text_is_base64_of_utf8_on_the_wire_as_the_Functions_trigger_expects()
    {
        var name = TestAccounts.UniqueName("q");
        var queue = await NewQueueAsync(name: name);
        await queue.SendMessageAsync("{\"case\":\"BF-2026-0042\",\"ä\":1}");

        var raw = await NewQueueAsync(new StorageClientOptions { MessageEncoding = QueueMessageEncoding.None }, name);
        var peeked = Assert.Single((await raw.PeekMessagesAsync()).Value);
        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"case\":\"BF-2026-0042\",\"ä\":1}")), peeked.MessageText);
    }

    [Fact]
    public async Task Message_sent_with_a_visibility_delay_is_counted_but_not_received_yet()
    {
        var queue = await NewQueueAsync();
        var sent = await queue.SendMessageAsync("later", visibilityTimeout: TimeSpan.FromHours(1), timeToLive: TimeSpan.FromDays(2));

        Assert.Empty((await queue.ReceiveMessagesAsync()).Value);
        Assert.Empty((await queue.PeekMessagesAsync()).Value);
        Assert.Equal(1, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.InRange(sent.Value.TimeNextVisible - sent.Value.InsertionTime, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
        Assert.InRange(sent.Value.ExpirationTime - sent.Value.InsertionTime, TimeSpan.FromHours(47), TimeSpan.FromHours(49));
    }

    [Fact]
    public async Task Receive_takes_at_most_32_and_hides_them_for_the_visibility_timeout()
    {
        var queue = await NewQueueAsync();
        await Task.WhenAll(Enumerable.Range(0, 35).Select(i => queue.SendMessageAsync("m" + i)));

        var first = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value;
        var rest = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value;

        Assert.Equal(32, first.Length);
        Assert.Equal(3, rest.Length);
        Assert.Equal(35, first.Concat(rest).Select(m => m.MessageText).Distinct().Count());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.ReceiveMessagesAsync(33));
    }

    [Fact]
    public async Task Updating_visibility_to_zero_makes_the_message_receivable_again_with_new_text()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("attempt 1");
        var first = Assert.Single((await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromMinutes(10))).Value);

        var update = await queue.UpdateMessageAsync(first.MessageId, first.PopReceipt, "attempt 2", TimeSpan.Zero);
        var second = Assert.Single((await queue.ReceiveMessagesAsync()).Value);

        Assert.NotEqual(first.PopReceipt, update.Value.PopReceipt);
        Assert.Equal("attempt 2", second.MessageText);
        Assert.Equal(2, second.DequeueCount);
        var stale = await Assert.ThrowsAsync<RequestFailedException>(() => queue.DeleteMessageAsync(first.MessageId, first.PopReceipt));
        Assert.Equal("PopReceiptMismatch", stale.ErrorCode);
        await queue.DeleteMessageAsync(second.MessageId, second.PopReceipt);
    }

    [Fact]
    public async Task Peek_does_not_dequeue()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("a");
        await queue.SendMessageAsync("b");

        var peeked = (await queue.PeekMessagesAsync(32)).Value;

        Assert.Equal(["a", "b"], peeked.Select(p => p.MessageText));
        Assert.All(peeked, p => Assert.Equal(0, p.DequeueCount));
        Assert.Equal(2, (await queue.ReceiveMessagesAsync(32)).Value.Length);
    }

    [Fact]
    public async Task Bad_arguments_fail_before_anything_is_sent()
    {
        var queue = azurite.Account().CreateQueueServiceClient().GetQueueClient(TestAccounts.UniqueName("q"));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.SendMessageAsync("x", visibilityTimeout: TimeSpan.FromDays(8)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.SendMessageAsync("x", visibilityTimeout: TimeSpan.FromHours(2), timeToLive: TimeSpan.FromHours(1)));
        await Assert.ThrowsAsync<ArgumentException>(() => queue.SendMessageAsync(new string('x', 60_000)));
        Assert.Throws<ArgumentException>(() => azurite.Account().CreateQueueServiceClient().GetQueueClient("Bad_Name"));
    }

    [Fact]
    public async Task Create_and_delete_if_exists_are_idempotent_and_a_missing_queue_is_404()
    {
        var queue = azurite.Account().CreateQueueServiceClient().GetQueueClient(TestAccounts.UniqueName("q"));
        Assert.Equal(201, (await queue.CreateIfNotExistsAsync()).Status);
        Assert.Equal(204, (await queue.CreateIfNotExistsAsync()).Status);
        Assert.Equal(204, (await queue.DeleteIfExistsAsync()).Status);
        Assert.Equal(404, (await queue.DeleteIfExistsAsync()).Status);

        var missing = await Assert.ThrowsAsync<RequestFailedException>(() => queue.SendMessageAsync("x"));
        Assert.Equal(404, missing.Status);
        Assert.Equal("QueueNotFound", missing.ErrorCode);
    }

    [Fact]
    public async Task Wrong_account_key_is_refused_with_403_and_no_retries()
    {
        var wrong = azurite.ConnectionString.Replace(azurite.AccountKey, Convert.ToBase64String(new byte[64]), StringComparison.Ordinal);
        var queue = StorageAccount.FromConnectionString(wrong).CreateQueueServiceClient().GetQueueClient("anyqueue");

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => queue.CreateIfNotExistsAsync());

        Assert.Equal(403, error.Status);
        Assert.Equal("AuthenticationFailed", error.ErrorCode);
    }
}
