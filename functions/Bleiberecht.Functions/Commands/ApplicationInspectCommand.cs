using System.Security.Cryptography.X509Certificates;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Functions.Commands;

/// <summary>
/// <c>application inspect FILE…</c>: reads a Kurzantrag submission (one or more PDFs, e.g. the form and a separate
/// consent declaration) and prints the typed application record and the problem list as JSON.
/// Exit code 0 when complete, 1 with the problem list otherwise, 2 usage, 3 no such file.
/// </summary>
internal sealed class ApplicationInspectCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public IReadOnlyList<string> Verb { get; } = ["application", "inspect"];

    public string Usage => "application inspect FILE... [--trusted-root CERT]...   print the Kurzantrag record and problems read from PDFs, as JSON";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var paths = new List<string>();
        var roots = new X509Certificate2Collection();
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--trusted-root" && i + 1 < arguments.Count)
            {
                roots.Add(X509CertificateLoader.LoadCertificateFromFile(arguments[++i]));
            }
            else if (arguments[i].StartsWith("--", StringComparison.Ordinal))
            {
                await error.WriteLineAsync($"Usage: {Usage}").ConfigureAwait(false);
                return 2;
            }
            else
            {
                paths.Add(arguments[i]);
            }
        }

        if (paths.Count == 0)
        {
            await error.WriteLineAsync($"Usage: {Usage}").ConfigureAwait(false);
            return 2;
        }

        var files = new List<SubmissionFile>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"application inspect: no such file: {path}").ConfigureAwait(false);
                return 3;
            }

            files.Add(new SubmissionFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)));
        }

        var result = SubmissionReader.Read(files, new SubmissionReadOptions { TrustedRoots = roots });
        var report = new
        {
            complete = result.IsComplete,
            hasConsent = result.HasConsent,
            record = result.Record,
            problems = result.Problems,
        };
        await output.WriteLineAsync(JsonSerializer.Serialize(report, Json)).ConfigureAwait(false);
        if (!result.IsComplete)
        {
            foreach (var problem in result.Problems.Where(p => !p.IsWarning))
            {
                await error.WriteLineAsync($"application inspect: {problem.Code}: {problem.MessageEn}").ConfigureAwait(false);
            }

            return 1;
        }

        return 0;
    }
}
