using Bleiberecht.Documents.Mail;

namespace Bleiberecht.Functions.Commands;

/// <summary><c>mail inspect FILE.eml</c>: what the MIME reader finds, as JSON; exit 1 with the typed error when the message is refused.</summary>
internal sealed class MailInspectCommand : ICliCommand
{
    public IReadOnlyList<string> Verb { get; } = ["mail", "inspect"];

    public string Usage => "mail inspect FILE.eml        show what the MIME reader finds in a message (JSON)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (arguments.Count != 1)
        {
            await error.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        if (!File.Exists(arguments[0]))
        {
            await error.WriteLineAsync($"File not found: {arguments[0]}");
            return 2;
        }

        await using var file = File.OpenRead(arguments[0]);
        try
        {
            var message = await MimeMessageReader.ReadAsync(file, cancellationToken: cancellationToken);
            await output.WriteLineAsync(MailInspection.ToJson(message));
            return 0;
        }
        catch (MimeParseException e)
        {
            await output.WriteLineAsync(MailInspection.ErrorToJson(e));
            await error.WriteLineAsync($"{e.Reason}: {e.Message}");
            return 1;
        }
    }
}
