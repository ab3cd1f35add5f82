using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bleiberecht.Functions.Http;
using Bleiberecht.Functions.Tests.CustomHandler;

namespace Bleiberecht.Functions.Tests.Deployment;

/// <summary>The deployable package as azd ships it: published, zipped, unpacked, started by the "host".</summary>
[Trait("Category", "Long")]
public sealed class PackageTests(PackageFixture fixture) : IClassFixture<PackageFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public void Unpacked_package_has_the_generated_host_files_for_every_catalog_function()
    {
        if (!PackageFixture.CanRun)
        {
            return;
        }

        PackageLayout.AssertMatchesCatalog(fixture.PublishFolder);
        PackageLayout.AssertMatchesCatalog(fixture.UnpackedFolder);
    }

    [Fact]
    public void Executable_is_self_contained_at_the_root_and_keeps_its_execute_bit_through_the_zip()
    {
        if (!PackageFixture.CanRun)
        {
            return;
        }

        var executable = Path.Combine(fixture.UnpackedFolder, "Bleiberecht.Functions");
        Assert.True(File.GetUnixFileMode(executable).HasFlag(UnixFileMode.UserExecute));
        Assert.True(File.Exists(Path.Combine(fixture.UnpackedFolder, "libhostfxr.so")), "self-contained: the runtime is in the package");
        using var zip = ZipFile.OpenRead(fixture.ZipPath);
        var entry = zip.GetEntry("Bleiberecht.Functions")!;
        Assert.Equal(0x8000 | 0b111_101_101, (entry.ExternalAttributes >> 16) & 0xFFFF); // regular file, rwxr-xr-x
    }

    [Fact]
    public async Task Documented_invocations_of_each_trigger_kind_run_the_functions()
    {
        if (!PackageFixture.CanRun)
        {
            return;
        }

        var name = "mail-" + Guid.NewGuid().ToString("N") + ".eml";
        var invocations = new (string Function, string Body)[]
        {
            ("ProbeQueue", DocumentedPayloads.QueueExample),
            ("ProbeClock", DocumentedPayloads.TimerExample),
            ("ProbeInbox", DocumentedPayloads.BlobExample("probe-inbox/" + name, "http://127.0.0.1:10000/devstoreaccount1/probe-inbox/" + name)),
        };
        foreach (var (function, body) in invocations)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await fixture.Http.PostAsync(new Uri(function, UriKind.Relative), content);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{function}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}{Environment.NewLine}{fixture.App.Output}");
        }

        var queued = await fixture.Records.WaitForAsync(r => r.Id == "800ae4b3-bdd2-4c08-badd-f08e5a34b865", Timeout, () => fixture.App.Output);
        var ticked = await fixture.Records.WaitForAsync(r => r.Function == "ProbeClock", Timeout, () => fixture.App.Output);
        var blob = await fixture.Records.WaitForAsync(r => r.Id == "probe-inbox/" + name, Timeout, () => fixture.App.Output);
        Assert.Equal(("CustomHandler", "{ message: \"Message sent\" }"), (queued.Mode, queued.Text));
        Assert.Equal(("CustomHandler", true), (ticked.Mode, ticked.IsPastDue));
        Assert.Equal("CustomHandler", blob.Mode);
    }

    [Fact]
    public async Task Forwarded_http_request_reaches_the_api()
    {
        if (!PackageFixture.CanRun)
        {
            return;
        }

        // enableForwardingHttpRequest: the host passes the original request (path, query, headers) through unchanged.
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/health?probe=1");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("CustomHandler", health.GetProperty("mode").GetString());
        Assert.True(health.GetProperty("functions").GetInt32() >= 4);
    }
}
