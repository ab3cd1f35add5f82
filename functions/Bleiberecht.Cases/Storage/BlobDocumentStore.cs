using System.Globalization;
using System.Text;
using Azure;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Storage.Blobs;

namespace Bleiberecht.Cases.Storage;

/// <summary>
/// <see cref="IDocumentStore"/> on Blob storage. Blob names: <c>cases/{case}/{name}</c>, <c>cases/{case}/sessions/{session}/{name}</c>
/// (dossiers), <c>sessions/{session}/{name}</c> in container <c>documents</c>; <c>{session}/{name}</c> in container
/// <c>minutes</c>. Kind, case, session and member are blob metadata; the id is <c>{container}/{blob name}</c>.
/// </summary>
public sealed class BlobDocumentStore(BlobServiceClient blobs, TimeProvider timeProvider) : IDocumentStore
{
    /// <summary>The container of case and session documents.</summary>
    public const string DocumentsContainer = "documents";

    /// <summary>The container of the minutes, kept apart.</summary>
    public const string MinutesContainer = "minutes";

    private BlobContainerClient Documents => blobs.GetBlobContainerClient(DocumentsContainer);

    private BlobContainerClient Minutes => blobs.GetBlobContainerClient(MinutesContainer);

    /// <inheritdoc />
    public async Task<StoredDocument> SaveAsync(
        StoredDocumentKind kind,
        string? caseNumber,
        string? sessionId,
        string name,
        ReadOnlyMemory<byte> content,
        string contentType = "application/pdf",
        string? memberId = null,
        CancellationToken cancellationToken = default)
    {
        var fileName = SafeFileName(name);
        var (container, blobName) = kind switch
        {
            StoredDocumentKind.Minutes => (MinutesContainer, $"{Segment(sessionId, nameof(sessionId))}/{fileName}"),
            StoredDocumentKind.Agenda or StoredDocumentKind.Invitation => (DocumentsContainer, $"sessions/{Segment(sessionId, nameof(sessionId))}/{fileName}"),
            StoredDocumentKind.Dossier => (DocumentsContainer, $"cases/{Segment(caseNumber, nameof(caseNumber))}/sessions/{Segment(sessionId, nameof(sessionId))}/{fileName}"),
            _ => (DocumentsContainer, $"cases/{Segment(caseNumber, nameof(caseNumber))}/{fileName}"),
        };
        var createdAt = timeProvider.GetUtcNow();
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["kind"] = kind.ToString(),
            ["created"] = createdAt.ToString("O", CultureInfo.InvariantCulture),
        };
        if (caseNumber is not null)
        {
            metadata["case"] = caseNumber;
        }

        if (sessionId is not null)
        {
            metadata["session"] = sessionId;
        }

        if (memberId is not null)
        {
            metadata["member"] = memberId;
        }

        var client = blobs.GetBlobContainerClient(container);
        await client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await client.GetBlobClient(blobName).UploadAsync(
            BinaryData.FromBytes(content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType }, Metadata = metadata },
            cancellationToken).ConfigureAwait(false);
        return new StoredDocument($"{container}/{blobName}", kind, caseNumber, sessionId, fileName, contentType, content.Length, createdAt, memberId);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredDocument>> ListForCaseAsync(string caseNumber, CancellationToken cancellationToken = default) =>
        ListAsync(Documents, $"cases/{Segment(caseNumber, nameof(caseNumber))}/", cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredDocument>> ListForSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var segment = Segment(sessionId, nameof(sessionId));
        var result = new List<StoredDocument>(await ListAsync(Documents, $"sessions/{segment}/", cancellationToken).ConfigureAwait(false));
        result.AddRange((await ListAsync(Documents, "cases/", cancellationToken).ConfigureAwait(false))
            .Where(d => d.Kind == StoredDocumentKind.Dossier && d.SessionId == sessionId));
        result.AddRange(await ListAsync(Minutes, $"{segment}/", cancellationToken).ConfigureAwait(false));
        return result;
    }

    /// <inheritdoc />
    public async Task<(StoredDocument Document, BinaryData Content)?> OpenAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || id.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var container = id[..slash];
        if (container is not (DocumentsContainer or MinutesContainer))
        {
            return null;
        }

        try
        {
            var response = await blobs.GetBlobContainerClient(container).GetBlobClient(id[(slash + 1)..]).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var details = response.Value.Details;
            var document = Describe(container, id[(slash + 1)..], details.Metadata, details.ContentType, details.ContentLength, details.CreatedOn);
            return document is null ? null : (document, response.Value.Content);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<int> DeleteCaseDocumentsAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        foreach (var document in await ListForCaseAsync(caseNumber, cancellationToken).ConfigureAwait(false))
        {
            var response = await Documents.GetBlobClient(document.Id[(DocumentsContainer.Length + 1)..]).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            deleted += response.Value ? 1 : 0;
        }

        return deleted;
    }

    private static async Task<IReadOnlyList<StoredDocument>> ListAsync(BlobContainerClient container, string prefix, CancellationToken cancellationToken)
    {
        var result = new List<StoredDocument>();
        try
        {
            await foreach (var item in container.GetBlobsAsync(prefix, cancellationToken).ConfigureAwait(false))
            {
                if (Describe(container.Name, item.Name, item.Metadata, item.Properties.ContentType, item.Properties.ContentLength ?? 0, item.Properties.CreatedOn) is { } document)
                {
                    result.Add(document);
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The container does not exist yet: nothing stored.
        }

        return result.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id, StringComparer.Ordinal).ToArray();
    }

    private static StoredDocument? Describe(string container, string blobName, IDictionary<string, string> metadata, string? contentType, long length, DateTimeOffset? createdOn)
    {
        var meta = new Dictionary<string, string>(metadata, StringComparer.OrdinalIgnoreCase);
        if (!meta.TryGetValue("kind", out var kindText) || !Enum.TryParse<StoredDocumentKind>(kindText, out var kind))
        {
            return null;
        }

        var createdAt = meta.TryGetValue("created", out var created) && DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : createdOn ?? DateTimeOffset.MinValue;
        return new StoredDocument(
            $"{container}/{blobName}",
            kind,
            meta.GetValueOrDefault("case"),
            meta.GetValueOrDefault("session"),
            blobName[(blobName.LastIndexOf('/') + 1)..],
            contentType ?? "application/octet-stream",
            length,
            createdAt,
            meta.GetValueOrDefault("member"));
    }

    private static string Segment(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            throw new ArgumentException($"'{value}' is not a valid case number or session id.", name);
        }

        return value;
    }

    /// <summary>A file name that is safe in blob names, URLs and Content-Disposition: ASCII letters, digits, '-', '_', '.'; umlauts transliterated.</summary>
    public static string SafeFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var baseName = name.Replace('\\', '/');
        baseName = baseName[(baseName.LastIndexOf('/') + 1)..];
        var builder = new StringBuilder(baseName.Length);
        foreach (var c in baseName.Normalize(NormalizationForm.FormC))
        {
            builder.Append(c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'Ä' => "Ae",
                'Ö' => "Oe",
                'Ü' => "Ue",
                'ß' => "ss",
                _ when char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' => c.ToString(),
                _ => "_",
            });
        }

        var safe = builder.ToString().Trim('.', '_');
        if (safe.Length == 0)
        {
            safe = "dokument";
        }

        return safe.Length <= 100 ? safe : safe[^100..];
    }
}
