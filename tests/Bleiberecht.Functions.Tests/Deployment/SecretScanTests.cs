using System.Text.RegularExpressions;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.Deployment;

/// <summary>No storage key, SAS, private key or password is committed: every git-tracked file is scanned.</summary>
public sealed partial class SecretScanTests
{
    // Secret-looking test inputs are split ("Account" + "Key=") so that this file passes its own scan.

    /// <summary>
    /// The one file allowed to hold the public Azurite development key: it expands <c>UseDevelopmentStorage=true</c>.
    /// (Test fixtures generate their Azurite keys at run time and hold none.)
    /// </summary>
    private const string DevelopmentKeyFile = "functions/Bleiberecht.Storage/StorageAccount.ConnectionString.cs";

    private const string DevelopmentKeyStart = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1";

    private static readonly string[] SecretFileExtensions = [".pfx", ".p12", ".pem", ".key", ".publishsettings"];

    [Fact]
    public void No_tracked_file_holds_a_secret()
    {
        var findings = new List<string>();
        foreach (var path in RepoFiles.Tracked())
        {
            var full = Path.Combine(RepoPaths.Root, path);
            if (!File.Exists(full))
            {
                continue; // deleted in the work tree
            }

            if (SecretFileExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            {
                findings.Add($"{path}: key or certificate file");
                continue;
            }

            var text = File.ReadAllText(full);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                continue; // binary (PDF fixtures, fonts)
            }

            findings.AddRange(Findings(path, text));
        }

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("AccountName=x;Account" + "Key=c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0", "account key")]
    [InlineData("BlobEndpoint=https://x.blob.core.windows.net;SharedAccessSignature=sv=2022-11-02&si" + "g=abcdEFGH1234abcdEFGH1234%3D", "SAS signature")]
    [InlineData("https://x.blob.core.windows.net/c/b?sv=2022-11-02&se=2026&si" + "g=abcdEFGH1234abcdEFGH1234%3D", "SAS signature")]
    [InlineData("{ \"pass" + "word\": \"hunter22\" }", "password")]
    [InlineData("Server=smtp;User Id=a;Pass" + "word=hunter22;", "password")]
    [InlineData("const string Key = \"qHZ1c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2" + "==\";", "storage key")]
    public void Scanner_finds_each_kind_of_secret(string text, string kind)
    {
        Assert.Contains(Findings("sample.txt", text), f => f.Contains(kind, StringComparison.Ordinal));
        Assert.Contains(Findings("x.txt", "-----" + "BEGIN RSA PRIVATE KEY-----\nMIIE\n"), f => f.Contains("private key", StringComparison.Ordinal));
    }

    [Fact]
    public void Development_key_is_allowed_only_in_the_file_that_expands_UseDevelopmentStorage()
    {
        var key = File.ReadAllText(Path.Combine(RepoPaths.Root, DevelopmentKeyFile));
        var line = key.Split('\n').Single(l => l.Contains(DevelopmentKeyStart, StringComparison.Ordinal));

        Assert.Empty(Findings(DevelopmentKeyFile, line));
        Assert.NotEmpty(Findings("tests/Elsewhere.cs", line));
    }

    [Theory]
    [InlineData("\"integrity\": \"sha512-K1A6z8tS3XsmCMM86xoWdn7Fkdn9m6RSVtocUrJYIwZnFVkng/PvkEoWtOWmP+Scc6saYWHWZYbndEEXxl24jw==\"")]
    [InlineData("AccountKey=AAAA;")]
    [InlineData("$\"AccountName={AccountName};AccountKey={AccountKey};\"")]
    [InlineData("if (name.Equals(\"SharedAccessSignature\", StringComparison.OrdinalIgnoreCase))")]
    public void Placeholders_and_package_hashes_are_not_secrets(string text)
    {
        Assert.Empty(Findings("package-lock.json", text));
    }

    private static IEnumerable<string> Findings(string path, string text)
    {
        var allowDevelopmentKey = path == DevelopmentKeyFile;
        foreach (var (pattern, kind) in Patterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (allowDevelopmentKey && m.Value.Contains(DevelopmentKeyStart, StringComparison.Ordinal))
                {
                    continue;
                }

                var line = text.AsSpan(0, m.Index).Count('\n') + 1;
                yield return $"{path}:{line}: {kind}";
            }
        }
    }

    private static readonly (Regex Pattern, string Kind)[] Patterns =
    [
        (AccountKeyPattern(), "account key"),
        (SasPattern(), "SAS signature"),
        (new Regex("-----" + @"BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----"), "private key"),
        (JsonPasswordPattern(), "password"),
        (ConnectionPasswordPattern(), "password"),
        (StorageKeyPattern(), "storage key"),
    ];

    // A real key is 64 bytes (88 base64 characters); anything of 20+ base64 characters after AccountKey= is suspect.
    [GeneratedRegex(@"AccountKey=[A-Za-z0-9+/]{20,}={0,2}")]
    private static partial Regex AccountKeyPattern();

    [GeneratedRegex(@"[?&;]sig=[A-Za-z0-9%+/]{16,}")]
    private static partial Regex SasPattern();

    [GeneratedRegex(@"""(?:password|pwd|secret|clientSecret)""\s*:\s*""[^""]+""", RegexOptions.IgnoreCase)]
    private static partial Regex JsonPasswordPattern();

    [GeneratedRegex(@"\b(?:Password|Pwd)=[^;""'\s{}]{3,}", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionPasswordPattern();

    // An Azure storage key: 86 base64 characters and "==", not an npm/SRI hash ("sha512-...").
    [GeneratedRegex(@"(?<![A-Za-z0-9+/-])(?<!sha512-)[A-Za-z0-9+/]{86}==")]
    private static partial Regex StorageKeyPattern();
}
