using Bleiberecht.Documents.Generated;

namespace Bleiberecht.Functions.Commands;

/// <summary>
/// <c>documents sample DIR</c>: renders every generated document type (agenda, invitation + .ics, dossier, letters,
/// minutes, the Kurzantrag and the consent form) with sample data into DIR and prints the file list as JSON.
/// </summary>
internal sealed class DocumentsSampleCommand : ICliCommand
{
    public IReadOnlyList<string> Verb { get; } = ["documents", "sample"];

    public string Usage => "documents sample DIR   render each generated document type with sample data into DIR";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (arguments.Count != 1 || arguments[0].StartsWith("--", StringComparison.Ordinal))
        {
            await error.WriteLineAsync($"Usage: {Usage}").ConfigureAwait(false);
            return 2;
        }

        var directory = Directory.CreateDirectory(arguments[0]);
        var files = new Dictionary<string, byte[]>(DocumentSamples.Render(TimeProvider.System), StringComparer.Ordinal)
        {
            // Filled applications with a fictional applicant, to try the form and the API with.
            ["kurzantrag-ausgefuellt.pdf"] = Bleiberecht.Documents.Application.KurzantragSamples.Pdf(Bleiberecht.Documents.Application.KurzantragSamples.Complete("MUSTER")),
            ["kurzantrag-ohne-einwilligung.pdf"] = Bleiberecht.Documents.Application.KurzantragSamples.Pdf(Bleiberecht.Documents.Application.KurzantragSamples.WithoutConsent("MUSTER")),
        };
        foreach (var (name, content) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(directory.FullName, name), content, cancellationToken).ConfigureAwait(false);
        }

        await output.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(new
        {
            directory = directory.FullName,
            files = files.Select(f => new { name = f.Key, bytes = f.Value.Length }),
        })).ConfigureAwait(false);
        return 0;
    }
}
