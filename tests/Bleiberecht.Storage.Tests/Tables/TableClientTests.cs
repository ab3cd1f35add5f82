using Azure;
using Bleiberecht.Storage.Tables;
using Bleiberecht.Testing;

namespace Bleiberecht.Storage.Tests.Tables;

public sealed class TableClientTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private async Task<TableClient> NewTableAsync()
    {
        var table = azurite.Account().CreateTableServiceClient().GetTableClient(TestAccounts.UniqueName("t"));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    internal static TableEntity AllTypes(string partitionKey, string rowKey) => new(partitionKey, rowKey)
    {
        ["Text"] = "Grüße, Straße – ß ä ö ü Ä Ö Ü 'quoted' \"double\"",
        ["Int32"] = -42,
        ["Int64"] = 9_007_199_254_740_993L,
        ["Double"] = 0.1 + 0.2,
        ["WholeDouble"] = 3.0,
        ["Boolean"] = true,
        ["Date"] = new DateTimeOffset(2026, 11, 21, 10, 15, 30, TimeSpan.Zero).AddTicks(1234567),
        ["Guid"] = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"),
        ["Binary"] = new byte[] { 0, 1, 2, 250, 255 },
    };

    [Fact]
    public async Task Typed_properties_round_trip_through_a_dynamic_entity_with_umlauts_in_keys()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(AllTypes("Dortmund-Süd", "Straße ß 1"));

        var read = (await table.GetEntityAsync<TableEntity>("Dortmund-Süd", "Straße ß 1")).Value;

        Assert.Equal("Dortmund-Süd", read.PartitionKey);
        Assert.Equal("Straße ß 1", read.RowKey);
        Assert.Equal("Grüße, Straße – ß ä ö ü Ä Ö Ü 'quoted' \"double\"", read.GetString("Text"));
        Assert.Equal(-42, read["Int32"]);
        Assert.Equal(9_007_199_254_740_993L, read["Int64"]);
        Assert.Equal(0.1 + 0.2, read["Double"]);
        Assert.Equal(3.0, Assert.IsType<double>(read["WholeDouble"]));
        Assert.Equal(true, read["Boolean"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 15, 30, TimeSpan.Zero).AddTicks(1234567), read.GetDateTimeOffset("Date"));
        Assert.Equal(Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"), read.GetGuid("Guid"));
        Assert.Equal(new byte[] { 0, 1, 2, 250, 255 }, read.GetBinary("Binary"));
        Assert.NotNull(read.Timestamp);
        Assert.NotEqual(default, read.ETag);
    }

    [Fact]
    public async Task Typed_entity_class_round_trips_every_supported_property_type()
    {
        var table = await NewTableAsync();
        var record = new CaseRecord
        {
            PartitionKey = "BF-2026",
            RowKey = "0042",
            Counsellor = "Jürgen Weiß",
            Documents = 3,
            Bytes = 5_000_000_000,
            Score = 0.75,
            Urgent = true,
            ReceivedOn = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(1)),
            DecidedOn = new DateTime(2026, 4, 2, 9, 30, 0, DateTimeKind.Utc),
            CorrelationId = Guid.Parse("0b7c0e5d-6c63-4f0c-9c53-0a1d1f5a2b11"),
            Hash = [1, 2, 3],
            Attachment = BinaryData.FromString("äöü"),
            OptionalCount = null,
            State = CaseState.Assessed,
        };
        await table.AddEntityAsync(record);

        var read = (await table.GetEntityAsync<CaseRecord>("BF-2026", "0042")).Value;

        Assert.Equal("Jürgen Weiß", read.Counsellor);
        Assert.Equal(3, read.Documents);
        Assert.Equal(5_000_000_000, read.Bytes);
        Assert.Equal(0.75, read.Score);
        Assert.True(read.Urgent);
        Assert.Equal(record.ReceivedOn, read.ReceivedOn);
        Assert.Equal(record.DecidedOn, read.DecidedOn);
        Assert.Equal(DateTimeKind.Utc, read.DecidedOn.Kind);
        Assert.Equal(record.CorrelationId, read.CorrelationId);
        Assert.Equal(record.Hash, read.Hash);
        Assert.Equal("äöü", read.Attachment!.ToString());
        Assert.Null(read.OptionalCount);
        Assert.Equal(CaseState.Assessed, read.State);
    }

    [Fact]
    public async Task Adding_an_existing_entity_is_a_409_conflict()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
    }

    [Fact]
    public async Task Update_and_delete_with_a_stale_ETag_fail_with_412_and_change_nothing()
    {
        var table = await NewTableAsync();
        var added = await table.AddEntityAsync(new TableEntity("p", "r") { ["Step"] = 1 });
        var firstETag = added.Headers.ETag!.Value;
        var updated = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["Step"] = 2 }, firstETag);

        var staleUpdate = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpdateEntityAsync(new TableEntity("p", "r") { ["Step"] = 3 }, firstETag));
        var staleDelete = await Assert.ThrowsAsync<RequestFailedException>(() => table.DeleteEntityAsync("p", "r", firstETag));

        Assert.Equal(412, staleUpdate.Status);
        Assert.Equal("UpdateConditionNotSatisfied", staleUpdate.ErrorCode);
        Assert.Equal(412, staleDelete.Status);
        var current = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        Assert.Equal(2, current["Step"]);
        Assert.Equal(updated.Headers.ETag, current.ETag);
        Assert.Equal(204, (await table.DeleteEntityAsync("p", "r", current.ETag)).Status);
        Assert.False((await table.GetEntityIfExistsAsync<TableEntity>("p", "r")).HasValue);
    }

    [Fact]
    public async Task Update_of_a_missing_entity_is_404_and_upsert_creates_it()
    {
        var table = await NewTableAsync();

        var missing = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpdateEntityAsync(new TableEntity("p", "nope"), ETag.All));
        await table.UpsertEntityAsync(new TableEntity("p", "nope") { ["A"] = "x" });

        Assert.Equal(404, missing.Status);
        Assert.Equal("x", (await table.GetEntityAsync<TableEntity>("p", "nope")).Value.GetString("A"));
        var getMissing = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync<TableEntity>("p", "other"));
        Assert.Equal(404, getMissing.Status);
        Assert.Equal(404, (await table.DeleteEntityAsync("p", "other")).Status);
    }

    [Fact]
    public async Task Upsert_merge_keeps_other_properties_and_replace_drops_them()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = "b2" }, TableUpdateMode.Merge);
        var merged = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["C"] = "c" }, TableUpdateMode.Replace);
        var replaced = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["D"] = 4 }, replaced.ETag, TableUpdateMode.Merge);
        var updated = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;

        Assert.Equal(("a", "b2"), (merged.GetString("A"), merged.GetString("B")));
        Assert.False(replaced.ContainsKey("A"));
        Assert.Equal("c", replaced.GetString("C"));
        Assert.Equal(("c", 4), (updated.GetString("C"), updated.GetInt32("D")));
    }

    [Fact]
    public async Task Query_filters_selects_and_escapes_values()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("Köln", "1") { ["Name"] = "O'Brien", ["Age"] = 30, ["Big"] = 10L });
        await table.AddEntityAsync(new TableEntity("Köln", "2") { ["Name"] = "Weiß", ["Age"] = 40, ["Big"] = 20L });
        await table.AddEntityAsync(new TableEntity("Köln", "3") { ["Name"] = "Weiß", ["Age"] = 50, ["Big"] = 30L });
        await table.AddEntityAsync(new TableEntity("Essen", "1") { ["Name"] = "Weiß", ["Age"] = 60, ["Big"] = 40L });

        var quoted = await ToListAsync(table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Name eq {"O'Brien"}")));
        var umlaut = await ToListAsync(table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {"Köln"} and Name eq {"Weiß"} and Big gt {15L}"),
            select: ["Name"]));
        var top = await table.QueryAsync<TableEntity>(maxPerPage: 2).AsPages().FirstAsync();

        Assert.Equal("1", Assert.Single(quoted).RowKey);
        Assert.Equal(["2", "3"], umlaut.Select(e => e.RowKey));
        Assert.All(umlaut, e => Assert.False(e.ContainsKey("Age")));
        Assert.Equal(2, top.Values.Count);
        Assert.NotNull(top.ContinuationToken);
    }

    [Fact]
    public async Task Query_pages_through_more_than_1000_entities_with_continuation_tokens()
    {
        var table = await NewTableAsync();
        for (var batch = 0; batch < 11; batch++)
        {
            var partition = "p" + (batch % 2);
            await table.SubmitTransactionAsync(Enumerable.Range(0, 100).Select(i =>
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, $"{batch:D2}-{i:D3}") { ["N"] = (batch * 100) + i })));
        }

        var pages = await ToListAsync(table.QueryAsync<TableEntity>().AsPages());
        var smallPages = await ToListAsync(table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"p0"}"), maxPerPage: 250).AsPages());

        Assert.Equal(1100, pages.Sum(p => p.Values.Count));
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s)");
        Assert.Equal(1100, pages.SelectMany(p => p.Values).Select(e => e.GetInt32("N")).Distinct().Count());
        Assert.Equal(600, smallPages.Sum(p => p.Values.Count));
        Assert.Equal(3, smallPages.Count);
        Assert.Null(smallPages[^1].ContinuationToken);
    }

    [Fact]
    public async Task Transaction_applies_100_mixed_actions_atomically_and_returns_their_ETags()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "update") { ["V"] = 1, ["Keep"] = "k" });
        await table.AddEntityAsync(new TableEntity("p", "replace") { ["V"] = 1, ["Keep"] = "k" });
        await table.AddEntityAsync(new TableEntity("p", "delete"));
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "update") { ["V"] = 2 }),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "replace") { ["V"] = 2 }),
            new(TableTransactionActionType.Delete, new TableEntity("p", "delete")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "upsert-merge") { ["V"] = 2 }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "upsert-replace") { ["V"] = 2 }),
        };
        actions.AddRange(Enumerable.Range(0, 95).Select(i => new TableTransactionAction(TableTransactionActionType.Add, AllTypes("p", "add-" + i))));

        var result = await table.SubmitTransactionAsync(actions);

        Assert.Equal(100, result.Value.Count);
        Assert.All(result.Value, r => Assert.Equal(204, r.Status));
        Assert.All(result.Value.Where((_, i) => i != 2), r => Assert.NotNull(r.Headers.ETag));
        var merged = (await table.GetEntityAsync<TableEntity>("p", "update")).Value;
        var replaced = (await table.GetEntityAsync<TableEntity>("p", "replace")).Value;
        Assert.Equal((2, "k"), (merged.GetInt32("V"), merged.GetString("Keep")));
        Assert.False(replaced.ContainsKey("Keep"));
        Assert.False((await table.GetEntityIfExistsAsync<TableEntity>("p", "delete")).HasValue);
        Assert.Equal(result.Value[5].Headers.ETag, (await table.GetEntityAsync<TableEntity>("p", "add-0")).Value.ETag);
        Assert.Equal(99, (await ToListAsync(table.QueryAsync<TableEntity>())).Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(99)]
    public async Task Transaction_with_one_failing_action_applies_nothing_and_names_the_index(int failing)
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "taken"));
        var actions = Enumerable.Range(0, 100)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", i == failing ? "taken" : "new-" + i)))
            .ToList();

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(actions));

        Assert.Equal(failing, error.FailedTransactionActionIndex);
        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Contains($"action {failing} (Add)", error.Message, StringComparison.Ordinal);
        Assert.Equal(["taken"], (await ToListAsync(table.QueryAsync<TableEntity>())).Select(e => e.RowKey));
    }

    [Fact]
    public async Task Transaction_with_a_stale_ETag_fails_with_412_and_rolls_back()
    {
        var table = await NewTableAsync();
        var stale = (await table.AddEntityAsync(new TableEntity("p", "a") { ["V"] = 1 })).Headers.ETag!.Value;
        await table.UpsertEntityAsync(new TableEntity("p", "a") { ["V"] = 2 });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "b")),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "a") { ["V"] = 3 }, stale),
        ]));

        Assert.Equal(412, error.Status);
        Assert.Equal(1, error.FailedTransactionActionIndex);
        Assert.False((await table.GetEntityIfExistsAsync<TableEntity>("p", "b")).HasValue);
        Assert.Equal(2, (await table.GetEntityAsync<TableEntity>("p", "a")).Value.GetInt32("V"));
    }

    [Fact]
    public async Task Create_if_not_exists_twice_and_delete_the_table()
    {
        var service = azurite.Account().CreateTableServiceClient();
        var name = TestAccounts.UniqueName("t");

        Assert.Equal(204, (await service.CreateTableIfNotExistsAsync(name)).Status);
        Assert.Equal(409, (await service.CreateTableIfNotExistsAsync(name)).Status);
        Assert.Equal(204, (await service.DeleteTableAsync(name)).Status);
        var gone = await Assert.ThrowsAsync<RequestFailedException>(() => service.GetTableClient(name).AddEntityAsync(new TableEntity("p", "r")));
        Assert.Equal(404, gone.Status);
        Assert.Equal("TableNotFound", gone.ErrorCode);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
