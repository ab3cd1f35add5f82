namespace Bleiberecht.Functions.Tests.Api;

/// <summary>One API host (Development mode, fakes, manual clock) shared by the tests of a class.</summary>
public sealed class ApiHostFixture : IAsyncLifetime
{
    private ApiHost? host;

    internal ApiHost Host => host ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => host = await ApiHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
