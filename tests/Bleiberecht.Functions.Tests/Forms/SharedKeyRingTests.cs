using Bleiberecht.Functions.Forms;
using Bleiberecht.Storage;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Testing;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Bleiberecht.Functions.Tests.Forms;

/// <summary>The antiforgery keys live in blob storage, so a form served by one instance of the app can be posted to another.</summary>
public sealed class SharedKeyRingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Form_served_by_one_instance_is_accepted_by_another_and_the_key_ring_is_in_the_container()
    {
        var blobs = StorageAccount.FromConnectionString(azurite.ConnectionString).CreateBlobServiceClient();
        await blobs.GetBlobContainerClient(FormStorageResources.DataProtectionContainer).CreateIfNotExistsAsync();
        using var first = Instance(blobs);
        using var second = Instance(blobs);

        var (cookie, requestToken) = ServeForm(first);

        Assert.True(await PostIsValidAsync(second, cookie, requestToken));
        var keys = new List<string>();
        await foreach (var item in blobs.GetBlobContainerClient(FormStorageResources.DataProtectionContainer).GetBlobsAsync("keys/"))
        {
            keys.Add(item.Name);
        }

        Assert.Single(keys);
    }

    [Fact]
    public async Task Instance_with_its_own_key_ring_refuses_the_form_of_another()
    {
        var blobs = StorageAccount.FromConnectionString(azurite.ConnectionString).CreateBlobServiceClient();
        using var shared = Instance(blobs);
        using var alone = Instance(blobs: null);

        var (cookie, requestToken) = ServeForm(shared);

        Assert.False(await PostIsValidAsync(alone, cookie, requestToken));
    }

    private static ServiceProvider Instance(BlobServiceClient? blobs)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (blobs is not null)
        {
            services.AddSingleton(blobs);
        }

        new FormFunctions().ConfigureServices(services, new ConfigurationBuilder().Build());
        return services.BuildServiceProvider();
    }

    private static (string Cookie, string RequestToken) ServeForm(IServiceProvider instance)
    {
        var context = new DefaultHttpContext { RequestServices = instance };
        var tokens = instance.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return (tokens.CookieToken!, tokens.RequestToken!);
    }

    private static Task<bool> PostIsValidAsync(IServiceProvider instance, string cookie, string requestToken)
    {
        var context = new DefaultHttpContext { RequestServices = instance };
        context.Request.Method = "POST";
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Headers.Cookie = FormFunctions.AntiforgeryCookieName + "=" + cookie;
        context.Request.Form = new FormCollection(new Dictionary<string, StringValues> { ["__RequestVerificationToken"] = requestToken });
        return instance.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
    }
}
