using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Bleiberecht.Pdf.Tests.Support;
using Bleiberecht.Testing;

namespace Bleiberecht.Pdf.Tests;

/// <summary>The app's <c>pdf inspect FILE</c> command as an operator runs it: JSON on stdout, typed reason and exit 1 on bad files.</summary>
public sealed class InspectCommandTests
{
    private static string AppDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
            var path = Path.Combine(RepoPaths.Root, "functions", "Bleiberecht.Functions", "bin", configuration, "net10.0", "Bleiberecht.Functions.dll");
            Assert.True(File.Exists(path), $"{path} is missing: build the solution first (./bf test does).");
            return path;
        }
    }

    private static Task<(int ExitCode, string Output, string Error)> InspectAsync(params string[] arguments) =>
        Tools.RunAsync("dotnet", [AppDll, "pdf", "inspect", .. arguments], TimeSpan.FromSeconds(60));

    [Fact]
    public async Task Inspect_prints_info_pages_text_and_form_values_as_json()
    {
        var (exit, output, error) = await InspectAsync(Fixtures.PathOf("form-pdflib-filled.pdf"));

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("numberOfPages").GetInt32());
        Assert.Equal("Antrag Muster", root.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal("Kurzantrag Seite eins", root.GetProperty("pages")[0].GetProperty("text").GetString());
        var fields = root.GetProperty("form").GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal("Amina Özdemir", fields["person.name"].GetProperty("value").GetString());
        Assert.True(fields["consent"].GetProperty("checked").GetBoolean());
        Assert.Equal(0, root.GetProperty("signatures").GetArrayLength());
    }

    [Fact]
    public async Task Inspect_reports_the_three_signature_verdicts_against_a_given_root()
    {
        var (root, signer) = TestSigner.CreateChain();
        var signed = TestSigner.Sign(Fixtures.Read("sign-placeholder.pdf"), signer);
        var folder = Directory.CreateTempSubdirectory("pdf-inspect-");
        try
        {
            var pdf = Path.Combine(folder.FullName, "signed.pdf");
            var cert = Path.Combine(folder.FullName, "root.cer");
            await File.WriteAllBytesAsync(pdf, signed);
            await File.WriteAllBytesAsync(cert, root.Export(X509ContentType.Cert));

            var (exit, output, error) = await InspectAsync(pdf, "--no-text", "--trusted-root", cert);

            Assert.True(exit == 0, error);
            using var json = JsonDocument.Parse(output);
            var signature = Assert.Single(json.RootElement.GetProperty("signatures").EnumerateArray());
            Assert.True(signature.GetProperty("valid").GetBoolean());
            Assert.True(signature.GetProperty("coversWholeFile").GetBoolean());
            Assert.True(signature.GetProperty("trusted").GetBoolean());
            Assert.Equal("Beratungsstelle Test", signature.GetProperty("signer").GetString());
            Assert.False(json.RootElement.GetProperty("pages")[0].TryGetProperty("text", out _));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("enc-user-password.pdf", "PasswordRequired")]
    [InlineData("libreoffice-form.html", "NotAPdf")]
    public async Task Inspect_exits_non_zero_with_the_typed_reason_on_bad_files(string name, string reason)
    {
        var (exit, output, error) = await InspectAsync(Fixtures.PathOf(name));

        Assert.Equal(1, exit);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(reason, json.RootElement.GetProperty("error").GetProperty("reason").GetString());
    }
}
