using System.Security.Cryptography;
using Bleiberecht.Cases.Storage;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Cases.Intake;

/// <summary>A checked file of a submission: sanitised name, content hash and the name it is stored under.</summary>
internal sealed record IntakeFile(string SafeName, byte[] Content, string Sha256)
{
    /// <summary>
    /// The stored name: the content hash's first 12 hex digits, then the sanitised name. The same content is stored once
    /// under the same name (repeated submissions heal without duplicates); a different file never overwrites another.
    /// </summary>
    public string StoredName => HashPrefix + "-" + (SafeName.Length > 87 ? SafeName[^87..] : SafeName).TrimStart('.', '_');

    /// <summary>The first 12 hex digits of the content hash (48 bits: no accidental collision within a case).</summary>
    public string HashPrefix => Sha256[..12];

    public SubmissionFile ForReader => new(SafeName, Content);

    public static IntakeFile From(SubmissionFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new IntakeFile(BlobDocumentStore.SafeFileName(file.Name), file.Content, Convert.ToHexStringLower(SHA256.HashData(file.Content)));
    }
}
