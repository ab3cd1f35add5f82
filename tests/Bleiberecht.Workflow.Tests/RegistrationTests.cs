using Microsoft.Extensions.DependencyInjection;

namespace Bleiberecht.Workflow.Tests;

public sealed class RegistrationTests
{
    [Theory]
    [InlineData("")]
    [InlineData("my-hub")]
    [InlineData("1hub")]
    [InlineData("averyveryveryveryveryverylongtaskhubname42")]
    public void Task_hub_name_that_storage_would_reject_is_refused_at_registration(string hub)
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddBleiberechtWorkflow(o => o.TaskHubName = hub));
        Assert.Contains("task hub name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_two_orchestrators_under_one_name_is_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddBleiberechtWorkflow(o => o
            .AddOrchestrator<Chain>("Same")
            .AddOrchestrator<FanOut>("Same")));
        Assert.Contains("'Same'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Instance_ids_that_are_not_valid_partition_keys_are_refused()
    {
        Assert.Throws<ArgumentException>(() => WorkflowClient.ValidateInstanceId("case/42"));
        Assert.Throws<ArgumentException>(() => WorkflowClient.ValidateInstanceId("a#b"));
        WorkflowClient.ValidateInstanceId("BF-2026-0042");
    }
}
