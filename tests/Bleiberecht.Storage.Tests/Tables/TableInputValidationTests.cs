using Bleiberecht.Storage.Tables;
using Bleiberecht.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Storage.Tests.Tables;

/// <summary>Bad input fails before anything is sent: the client points at a closed port, so a request would surface as "unreachable".</summary>
public sealed class TableInputValidationTests
{
    private static readonly TableClient Unreachable = StorageAccount
        .FromConnectionString($"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=AAAA;TableEndpoint=http://127.0.0.1:{FreePorts.Take(1)[0]}/devstoreaccount1")
        .CreateTableServiceClient(TestAccounts.FastRetries(0))
        .GetTableClient("Cases");

    [Fact]
    public async Task Entity_over_1_MiB_is_refused_before_sending()
    {
        var big = new TableEntity("p", "r") { ["Blob1"] = new byte[600_000], ["Blob2"] = new byte[500_000] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Unreachable.AddEntityAsync(big));

        Assert.Contains("at most 1 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transaction_over_100_actions_is_refused_before_sending()
    {
        var actions = Enumerable.Range(0, 101).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "r" + i)));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Unreachable.SubmitTransactionAsync(actions));

        Assert.Contains("at most 100 actions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transaction_over_two_partitions_or_touching_an_entity_twice_is_refused_before_sending()
    {
        var mixed = await Assert.ThrowsAsync<ArgumentException>(() => Unreachable.SubmitTransactionAsync(
            [new(TableTransactionActionType.Add, new TableEntity("a", "1")), new(TableTransactionActionType.Add, new TableEntity("b", "2"))]));
        var twice = await Assert.ThrowsAsync<ArgumentException>(() => Unreachable.SubmitTransactionAsync(
            [new(TableTransactionActionType.Add, new TableEntity("a", "1")), new(TableTransactionActionType.Delete, new TableEntity("a", "1"))]));
        var empty = await Assert.ThrowsAsync<ArgumentException>(() => Unreachable.SubmitTransactionAsync([]));

        Assert.Contains("action 1 has another", mixed.Message, StringComparison.Ordinal);
        Assert.Contains("Action 1", twice.Message, StringComparison.Ordinal);
        Assert.Contains("at least one", empty.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\\b")]
    [InlineData("a\tb")]
    public async Task Keys_with_characters_the_service_forbids_are_refused_before_sending(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Unreachable.AddEntityAsync(new TableEntity("p", key)));
        await Assert.ThrowsAsync<ArgumentException>(() => Unreachable.AddEntityAsync(new TableEntity(key, "r")));
    }

    [Fact]
    public async Task Unsupported_property_type_is_refused_before_sending()
    {
        var error = await Assert.ThrowsAsync<NotSupportedException>(() => Unreachable.AddEntityAsync(new TableEntity("p", "r") { ["When"] = TimeSpan.FromDays(1) }));
        Assert.Contains("'When'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_filter_literals_quote_and_type_values()
    {
        var when = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(1));
        var filter = TableClient.CreateQueryFilter($"A eq {"it's"} and B eq {5L} and C eq {when} and D eq {Guid.Empty} and E eq {true} and F eq {2.0} and G eq {new byte[] { 0xAB }}");

        Assert.Equal(
            "A eq 'it''s' and B eq 5L and C eq datetime'2026-01-02T02:04:05.0000000Z' and D eq guid'00000000-0000-0000-0000-000000000000' and E eq true and F eq 2.0 and G eq X'ab'",
            filter);
    }

    [Fact]
    public void Any_string_value_stays_one_quoted_literal()
    {
        Prop.ForAll<string>(value =>
        {
            var literal = TableClient.CreateQueryFilter($"{value}");
            if (value is null)
            {
                return literal == "null";
            }

            var inner = literal[1..^1];
            return literal[0] == '\'' && literal[^1] == '\''
                && inner.Replace("''", string.Empty, StringComparison.Ordinal).IndexOf('\'', StringComparison.Ordinal) < 0
                && inner.Replace("''", "'", StringComparison.Ordinal) == value;
        }).QuickCheckThrowOnFailure();
    }
}
