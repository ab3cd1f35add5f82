using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Tests.Hosting;

public sealed class FunctionCatalogTests
{
    [Fact]
    public void Default_catalog_has_one_function_per_trigger_kind_at_least()
    {
        var kinds = FunctionCatalog.Default.Functions.Select(f => f.Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<TriggerKind>().ToHashSet(), kinds);
    }

    [Fact]
    public void Find_ignores_case_like_the_functions_host()
    {
        var first = FunctionCatalog.Default.Functions[0];

        Assert.Same(first, FunctionCatalog.Default.Find(first.Name.ToUpperInvariant()));
        Assert.Null(FunctionCatalog.Default.Find("NoSuchFunction"));
    }

    [Fact]
    public void Catalog_rejects_duplicate_names()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new FunctionCatalog(
        [
            FunctionDefinition.ForHttp("Http", "{*path}"),
            FunctionDefinition.ForHttp("HTTP", "x"),
        ]));

        Assert.Contains("'Http' is used 2 times", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("1abc", "Http", "the name must start with a letter")]
    [InlineData("Q", "Queue", "queue name 'Bad_Queue'")]
    [InlineData("B", "Blob", "container name 'Bad_Queue'")]
    [InlineData("T", "Timer", "schedule 'Bad_Queue'")]
    public void Catalog_rejects_invalid_entries_naming_the_function(string name, string kind, string expected)
    {
        var e = Assert.Throws<InvalidOperationException>(() => new FunctionCatalog(
        [
            new FunctionDefinition(name, Enum.Parse<TriggerKind>(kind), Queue: "Bad_Queue", Container: "Bad_Queue", Schedule: "Bad_Queue", Route: "x", Handler: typeof(object)),
        ]));

        Assert.Contains($"function '{name}'", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_rejects_a_queue_name_whose_poison_queue_would_be_too_long()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new FunctionCatalog(
            [new FunctionDefinition("Q", TriggerKind.Queue, Queue: new string('a', 57), Handler: typeof(IQueueFunction))]));

        Assert.Contains("3-56", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_rejects_a_handler_of_the_wrong_kind()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new FunctionCatalog(
            [new FunctionDefinition("Q", TriggerKind.Queue, Queue: "work", Handler: typeof(string))]));

        Assert.Contains("must implement IQueueFunction", e.Message, StringComparison.Ordinal);
    }
}
