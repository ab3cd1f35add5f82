using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Intake;
using Bleiberecht.Storage;
using Bleiberecht.Storage.Tables;
using Bleiberecht.Testing;

namespace Bleiberecht.Cases.Tests.Intake;

public sealed class CaseRegistryTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly IReadOnlyList<CommitteeConfiguration> Committees =
        CommitteeConfigurationLoader.LoadDirectory(Path.Combine(RepoPaths.Root, "config", "committees"));

    private static readonly CommitteeConfiguration Dortmund = Committees.Single(c => c.Id == "dortmund");

    private static readonly DateTimeOffset November = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, object?> Properties = new() { ["Organisation"] = "awo", ["Channel"] = "form" };

    private async Task<CaseRegistry> NewRegistryAsync()
    {
        var table = StorageAccount.FromConnectionString(azurite.ConnectionString)
            .CreateTableServiceClient()
            .GetTableClient("cases" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        return new CaseRegistry(table, TimeProvider.System);
    }

    [Fact]
    public async Task Concurrent_submissions_get_consecutive_numbers_without_gaps_or_duplicates()
    {
        var registry = await NewRegistryAsync();

        var registrations = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            registry.RegisterAsync(Dortmund, November, [$"sha256:file-{i}"], Properties)));

        Assert.All(registrations, r => Assert.True(r.Created));
        Assert.Equal(
            Enumerable.Range(1, 40).Select(n => $"BF-2026-{n:D4}"),
            registrations.Select(r => r.Number.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(40, (await registry.ListAsync("dortmund", 2026)).Count);
    }

    [Fact]
    public async Task The_same_file_or_message_again_finds_the_same_case_and_takes_no_number()
    {
        var registry = await NewRegistryAsync();
        var first = await registry.RegisterAsync(Dortmund, November, ["sha256:abc", "message-id:<x1@mail.example>"], Properties);

        var sameFile = await registry.RegisterAsync(Dortmund, November.AddHours(1), ["sha256:abc"], Properties);
        var sameMessage = await registry.RegisterAsync(Dortmund, November.AddHours(2), ["message-id:<x1@mail.example>", "sha256:other"], Properties);
        var racing = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => registry.RegisterAsync(Dortmund, November, ["sha256:race"], Properties)));
        var next = await registry.RegisterAsync(Dortmund, November, ["sha256:new"], Properties);

        Assert.Equal((first.Number, false), (sameFile.Number, sameFile.Created));
        Assert.Equal((first.Number, false), (sameMessage.Number, sameMessage.Created));
        Assert.Single(racing.Select(r => r.Number).Distinct());
        Assert.Single(racing, r => r.Created);
        Assert.Equal("BF-2026-0003", next.Number.ToString());
    }

    [Fact]
    public async Task Two_committees_count_side_by_side_with_their_own_prefix()
    {
        var registry = await NewRegistryAsync();
        var unna = Committees.Single(c => c.Id == "kreis-unna");

        var d = await registry.RegisterAsync(Dortmund, November, ["sha256:1"], Properties);
        var u = await registry.RegisterAsync(unna, November, ["sha256:1"], Properties);

        Assert.Equal("BF-2026-0001", d.Number.ToString());
        Assert.Equal("KU-2026-0001", u.Number.ToString());
        Assert.True(u.Created);
    }

    [Fact]
    public async Task The_year_is_the_committees_local_year_and_a_resubmission_after_new_year_finds_the_old_case()
    {
        var registry = await NewRegistryAsync();
        var newYearsEveUtc = new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero);

        var late = await registry.RegisterAsync(Dortmund, newYearsEveUtc.AddHours(-1), ["sha256:late"], Properties);
        var first2027 = await registry.RegisterAsync(Dortmund, newYearsEveUtc, ["sha256:new-year"], Properties);
        var resent = await registry.RegisterAsync(Dortmund, newYearsEveUtc.AddDays(2), ["sha256:late"], Properties);

        Assert.Equal("BF-2026-0001", late.Number.ToString());
        Assert.Equal("BF-2027-0001", first2027.Number.ToString());
        Assert.Equal((late.Number, false), (resent.Number, resent.Created));
    }

    [Fact]
    public async Task The_index_entry_holds_no_personal_data_only_what_intake_passed()
    {
        var registry = await NewRegistryAsync();
        var registration = await registry.RegisterAsync(Dortmund, November, ["sha256:p"], Properties);

        var entry = await registry.GetAsync("dortmund", registration.Number);

        Assert.NotNull(entry);
        Assert.Equal(
            ["CaseNumber", "Channel", "Committee", "Organisation", "ReceivedAt", "RegisteredAt"],
            entry.Keys.Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")).Order(StringComparer.Ordinal));
    }
}
