using Azure;
using Bleiberecht.Cases.Intake;
using Bleiberecht.Documents.Mail;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Storage.Blobs;

namespace Bleiberecht.Functions.Intake;

/// <summary>
/// Runs <see cref="MailIntake"/> for each raw message the mail gateway drops into <c>inbox</c> (as
/// <c>{committeeId}/{anything}</c> or just <c>{anything}</c>), then deletes the message: the PDFs live on in the case,
/// the rest is not kept (data minimisation) — also after a rejection. A failure (storage, SMTP) leaves the blob for
/// the trigger's retry.
/// </summary>
internal sealed partial class InboxFunction(BlobServiceClient blobs, MailIntake intake, ILogger<InboxFunction> logger) : IBlobFunction
{
    /// <summary>Larger blobs are not read at all (the MIME reader would refuse them anyway).</summary>
    private static readonly long MaxBlobBytes = MimeReaderLimits.Default.MaxMessageBytes;

    public async Task HandleAsync(BlobInvocation invocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var blob = blobs.GetBlobContainerClient(invocation.ContainerName).GetBlobClient(invocation.BlobName);
        BinaryData content;
        try
        {
            var properties = await blob.GetPropertiesAsync(cancellationToken);
            if (properties.Value.ContentLength > MaxBlobBytes)
            {
                LogTooLarge(properties.Value.ContentLength);
                await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken);
                return;
            }

            content = (await blob.DownloadContentAsync(cancellationToken)).Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Processed and deleted by an earlier delivery of the same event.
            return;
        }

        var slash = invocation.BlobName.IndexOf('/', StringComparison.Ordinal);
        var committeeHint = slash > 0 ? invocation.BlobName[..slash] : null;
        var result = await intake.ProcessAsync(content.ToMemory(), committeeHint, cancellationToken);
        LogProcessed(result.Outcome, result.CaseNumber, result.ReplySent);
        await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken);
    }

    [LoggerMessage(EventId = 3080, Level = LogLevel.Information, Message = "Inbox message processed: {Outcome}, case {CaseNumber}, reply sent {ReplySent}; message deleted")]
    private partial void LogProcessed(MailIntakeOutcome outcome, string? caseNumber, bool replySent);

    [LoggerMessage(EventId = 3081, Level = LogLevel.Warning, Message = "Inbox message of {Length} bytes is over the limit; deleted unread")]
    private partial void LogTooLarge(long length);
}
