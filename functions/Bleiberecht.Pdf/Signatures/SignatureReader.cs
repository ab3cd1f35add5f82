using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Bleiberecht.Pdf.Core;
using Bleiberecht.Pdf.Forms;
using Bleiberecht.Pdf.Parsing;

namespace Bleiberecht.Pdf.Signatures;

/// <summary>Reads signature fields and verifies each with <see cref="SignedCms"/> (detached over the byte ranges).</summary>
internal static class SignatureReader
{
    public static List<PdfSignature> Read(PdfFile file, AcroForm? form, SignatureValidationOptions options)
    {
        var result = new List<PdfSignature>();
        if (form is null)
        {
            return result;
        }

        // An empty signature field (no /V, or a placeholder whose /Contents is still blank) is not signed: it is not
        // a signature at all, and certainly not an invalid one.
        foreach (var field in form.Fields.Where(f => f.Kind == FieldKind.Signature))
        {
            file.Budget.CheckTime();
            if (field.SignatureDictionary is { } dictionary && IsSigned(file, dictionary))
            {
                result.Add(Verify(file, field.FullName, dictionary, options));
            }
        }

        return result;
    }

    /// <summary>Whether a signature dictionary carries a signature: a <c>/Contents</c> string that is not all zero bytes.</summary>
    internal static bool IsSigned(PdfFile file, PdfDictionary signature) =>
        file.Resolve(signature.Get("Contents")) is PdfString { Bytes: { Length: > 0 } bytes } && bytes.AsSpan().ContainsAnyExcept((byte)0);

    private static PdfSignature Verify(PdfFile file, string name, PdfDictionary signature, SignatureValidationOptions options)
    {
        var problems = new List<string>();
        var subFilter = file.Resolve(signature.Get("SubFilter")).AsName();
        var range = file.ResolveArray(signature.Get("ByteRange"))?.Items.Select(i => file.Resolve(i).AsInteger() ?? -1).ToArray() ?? [];
        var contents = (file.Resolve(signature.Get("Contents")) as PdfString)?.Bytes ?? [];
        var storedTime = file.Resolve(signature.Get("M")).AsText();
        var baseline = new PdfSignature
        {
            FieldName = name,
            SubFilter = subFilter,
            ByteRange = range,
            Reason = file.Resolve(signature.Get("Reason")).AsText(),
            Location = file.Resolve(signature.Get("Location")).AsText(),
            SignerName = file.Resolve(signature.Get("Name")).AsText(),
            SigningTime = PdfDates.Parse(storedTime),
        };

        var length = file.Data.Length;
        if (range.Length != 4 || range.Any(v => v < 0) || range[0] + range[1] > range[2] || range[2] + range[3] > length || range[0] + range[1] > length)
        {
            return baseline with { Problems = ["The /ByteRange is missing or outside the file."] };
        }

        var data = file.Data.Span;
        var gapStart = (int)(range[0] + range[1]);
        var gapEnd = (int)range[2];
        var coversWhole = range[0] == 0 && range[2] + range[3] == length
            && gapEnd > gapStart && data[gapStart] == '<' && data[gapEnd - 1] == '>';
        if (!coversWhole)
        {
            problems.Add(range[2] + range[3] < length
                ? "Bytes were added after the signed revision (an incremental update)."
                : "The signed byte ranges leave out more than the signature itself.");
        }

        var signed = new byte[range[1] + range[3]];
        data.Slice((int)range[0], (int)range[1]).CopyTo(signed);
        data.Slice((int)range[2], (int)range[3]).CopyTo(signed.AsSpan((int)range[1]));

        var valid = false;
        X509Certificate2? signer = null;
        DateTimeOffset? signingTime = baseline.SigningTime;
        var trusted = false;
        try
        {
            var der = TrimDer(contents);
            SignedCms cms;
            if (subFilter == "adbe.pkcs7.sha1")
            {
                cms = new SignedCms();
                cms.Decode(der);
                cms.CheckSignature(verifySignatureOnly: true);
#pragma warning disable CA5350 // adbe.pkcs7.sha1 signatures are defined over SHA-1; verifying old files needs it.
                valid = cms.ContentInfo.Content.AsSpan().SequenceEqual(SHA1.HashData(signed));
#pragma warning restore CA5350
                if (!valid)
                {
                    problems.Add("The signed digest does not match the file's bytes.");
                }
            }
            else
            {
                cms = new SignedCms(new ContentInfo(signed), detached: true);
                cms.Decode(der);
                cms.CheckSignature(verifySignatureOnly: true);
                valid = true;
            }

            var info = cms.SignerInfos.Count > 0 ? cms.SignerInfos[0] : null;
            signer = info?.Certificate;
            foreach (var attribute in info?.SignedAttributes ?? new CryptographicAttributeObjectCollection())
            {
                if (attribute.Values.Count > 0 && attribute.Values[0] is Pkcs9SigningTime time)
                {
                    signingTime = new DateTimeOffset(time.SigningTime.ToUniversalTime(), TimeSpan.Zero);
                }
            }

            if (signer is not null)
            {
                trusted = IsTrusted(signer, cms.Certificates, options, signingTime, problems);
            }
        }
        catch (CryptographicException)
        {
            problems.Add(valid ? "The signer's certificate could not be checked." : "The signature does not verify: the signed bytes were changed or the signature is corrupt.");
        }

        return baseline with
        {
            IsValid = valid,
            CoversWholeFile = coversWhole,
            IsTrusted = trusted && valid,
            SignedRevisionLength = range[2] + range[3],
            SignerCertificate = signer,
            SignerName = signer?.GetNameInfo(X509NameType.SimpleName, forIssuer: false) ?? baseline.SignerName,
            SigningTime = signingTime,
            Problems = problems,
        };
    }

    private static bool IsTrusted(X509Certificate2 signer, X509Certificate2Collection extra, SignatureValidationOptions options, DateTimeOffset? signingTime, List<string> problems)
    {
        if (options.TrustedRoots.Count == 0)
        {
            problems.Add("No trusted roots are configured.");
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(options.TrustedRoots);
        chain.ChainPolicy.ExtraStore.AddRange(extra);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = (options.VerificationTime ?? signingTime ?? options.TimeProvider.GetUtcNow()).UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        var built = chain.Build(signer);
        if (!built)
        {
            problems.Add("The signer's certificate does not chain to a trusted root: "
                + string.Join(", ", chain.ChainStatus.Select(s => s.Status.ToString()).Distinct()) + ".");
        }

        return built;
    }

    // /Contents is zero-padded to its reserved size: keep only the DER value.
    private static byte[] TrimDer(byte[] contents)
    {
        if (contents.Length < 2 || contents[0] != 0x30)
        {
            return contents;
        }

        int length;
        int header;
        if (contents[1] < 0x80)
        {
            length = contents[1];
            header = 2;
        }
        else
        {
            var count = contents[1] & 0x7F;
            if (count is 0 or > 4 || contents.Length < 2 + count)
            {
                return contents;
            }

            length = 0;
            for (var i = 0; i < count; i++)
            {
                length = (length << 8) | contents[2 + i];
            }

            header = 2 + count;
        }

        return length >= 0 && header + (long)length <= contents.Length ? contents.AsSpan(0, header + length).ToArray() : contents;
    }
}
