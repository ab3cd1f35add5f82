using System.Security.Cryptography;
using Bleiberecht.Pdf.Core;

namespace Bleiberecht.Pdf.Encryption;

/// <summary>
/// The standard security handler (PDF 32000-1 7.6.3, ISO 32000-2 7.6.4), revisions 2–6, opened with the empty user
/// password only. Anything else is a typed <see cref="PdfReadError.PasswordRequired"/> or <see cref="PdfReadError.UnsupportedEncryption"/>.
/// </summary>
internal sealed class StandardSecurityHandler
{
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private readonly byte[] fileKey;

    private StandardSecurityHandler(byte[] fileKey, CryptMethod streams, CryptMethod strings, bool encryptMetadata)
    {
        this.fileKey = fileKey;
        StreamMethod = streams;
        StringMethod = strings;
        EncryptMetadata = encryptMetadata;
    }

    public CryptMethod StreamMethod { get; }

    public CryptMethod StringMethod { get; }

    public bool EncryptMetadata { get; }

    public static StandardSecurityHandler Create(PdfDictionary encrypt, byte[] firstId, Func<PdfObject?, PdfObject> resolve)
    {
        if (resolve(encrypt.Get("Filter")).AsName() != "Standard")
        {
            throw Unsupported("only the standard security handler is supported");
        }

        var v = (int)(resolve(encrypt.Get("V")).AsInteger() ?? 0);
        var r = (int)(resolve(encrypt.Get("R")).AsInteger() ?? 0);
        var o = (resolve(encrypt.Get("O")) as PdfString)?.Bytes ?? throw Unsupported("missing /O");
        var u = (resolve(encrypt.Get("U")) as PdfString)?.Bytes ?? throw Unsupported("missing /U");
        var p = (int)(resolve(encrypt.Get("P")).AsInteger() ?? 0);
        var encryptMetadata = resolve(encrypt.Get("EncryptMetadata")) is not PdfBoolean { Value: false };
        var lengthBits = (int)(resolve(encrypt.Get("Length")).AsInteger() ?? 40);

        CryptMethod streams;
        CryptMethod strings;
        switch (v)
        {
            case 1:
                streams = strings = CryptMethod.Rc4;
                lengthBits = 40;
                break;
            case 2:
                streams = strings = CryptMethod.Rc4;
                break;
            case 4 or 5:
                var filters = resolve(encrypt.Get("CF")) as PdfDictionary;
                streams = FilterMethod(filters, resolve(encrypt.Get("StmF")).AsName(), resolve, ref lengthBits);
                strings = FilterMethod(filters, resolve(encrypt.Get("StrF")).AsName(), resolve, ref lengthBits);
                break;
            default:
                throw Unsupported($"/V {v}");
        }

        if (lengthBits is < 40 or > 256 || lengthBits % 8 != 0)
        {
            lengthBits = 128;
        }

        byte[] key;
        switch (r)
        {
            case 2 or 3 or 4:
                if (o.Length < 32 || u.Length < 32)
                {
                    throw Unsupported("/O or /U too short");
                }

                key = LegacyKey(r, lengthBits / 8, o, p, firstId, encryptMetadata);
                if (!LegacyUserPasswordMatches(r, key, u, firstId))
                {
                    throw new PdfPasswordRequiredException();
                }

                break;
            case 5 or 6:
                if (u.Length < 48)
                {
                    throw Unsupported("/U too short");
                }

                var ue = (resolve(encrypt.Get("UE")) as PdfString)?.Bytes ?? throw Unsupported("missing /UE");
                if (ue.Length < 32)
                {
                    throw Unsupported("/UE too short");
                }

                var hash = r == 5 ? SHA256.HashData(u.AsSpan(32, 8)) : Hash2B([], u.AsSpan(32, 8));
                if (!hash.AsSpan(0, 32).SequenceEqual(u.AsSpan(0, 32)))
                {
                    throw new PdfPasswordRequiredException();
                }

                var intermediate = r == 5 ? SHA256.HashData(u.AsSpan(40, 8)) : Hash2B([], u.AsSpan(40, 8));
                using (var aes = Aes.Create())
                {
                    aes.Key = intermediate.AsSpan(0, 32).ToArray();
                    key = aes.DecryptCbc(ue.AsSpan(0, 32), new byte[16], PaddingMode.None);
                }

                break;
            default:
                throw Unsupported($"/R {r}");
        }

        return new StandardSecurityHandler(key, streams, strings, encryptMetadata);
    }

    public byte[] DecryptString(byte[] data, int number, int generation) => Decrypt(StringMethod, data, number, generation);

    public byte[] DecryptStream(ReadOnlySpan<byte> data, int number, int generation) => Decrypt(StreamMethod, data, number, generation);

    private byte[] Decrypt(CryptMethod method, ReadOnlySpan<byte> data, int number, int generation)
    {
        switch (method)
        {
            case CryptMethod.None:
                return data.ToArray();
            case CryptMethod.Rc4:
                return Rc4.Apply(ObjectKey(number, generation, aes: false), data);
            default:
                var key = method == CryptMethod.Aes256 ? fileKey : ObjectKey(number, generation, aes: true);
                if (data.Length < 32)
                {
                    return [];
                }

                var iv = data[..16];
                var body = data[16..];
                body = body[..(body.Length - (body.Length % 16))];
                using (var aes = Aes.Create())
                {
                    aes.Key = key;
                    try
                    {
                        return aes.DecryptCbc(body, iv, PaddingMode.PKCS7);
                    }
                    catch (CryptographicException)
                    {
                        return aes.DecryptCbc(body, iv, PaddingMode.None);
                    }
                }
        }
    }

    private byte[] ObjectKey(int number, int generation, bool aes)
    {
        var input = new byte[fileKey.Length + 5 + (aes ? 4 : 0)];
        fileKey.CopyTo(input, 0);
        input[fileKey.Length] = (byte)number;
        input[fileKey.Length + 1] = (byte)(number >> 8);
        input[fileKey.Length + 2] = (byte)(number >> 16);
        input[fileKey.Length + 3] = (byte)generation;
        input[fileKey.Length + 4] = (byte)(generation >> 8);
        if (aes)
        {
            "sAlT"u8.CopyTo(input.AsSpan(fileKey.Length + 5));
        }

#pragma warning disable CA5351 // MD5 is what the PDF standard security handler prescribes; reading legacy files needs it.
        var hash = MD5.HashData(input);
#pragma warning restore CA5351
        return hash.AsSpan(0, Math.Min(fileKey.Length + 5, 16)).ToArray();
    }

    private static CryptMethod FilterMethod(PdfDictionary? filters, string? name, Func<PdfObject?, PdfObject> resolve, ref int lengthBits)
    {
        if (name is null or "Identity")
        {
            return CryptMethod.None;
        }

        if (resolve(filters?.Get(name)) is not PdfDictionary filter)
        {
            throw Unsupported("crypt filter missing");
        }

        var method = resolve(filter.Get("CFM")).AsName();
        switch (method)
        {
            case "V2":
                if (resolve(filter.Get("Length")).AsInteger() is { } len)
                {
                    lengthBits = len <= 32 ? (int)len * 8 : (int)len;
                }

                return CryptMethod.Rc4;
            case "AESV2":
                lengthBits = 128;
                return CryptMethod.Aes128;
            case "AESV3":
                lengthBits = 256;
                return CryptMethod.Aes256;
            case "None":
                return CryptMethod.None;
            default:
                throw Unsupported("crypt filter method");
        }
    }

#pragma warning disable CA5351 // MD5 is what the PDF standard security handler prescribes; reading legacy files needs it.
    private static byte[] LegacyKey(int r, int length, byte[] o, int p, byte[] firstId, bool encryptMetadata)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        md5.AppendData(Padding);
        md5.AppendData(o.AsSpan(0, 32));
        md5.AppendData([(byte)p, (byte)(p >> 8), (byte)(p >> 16), (byte)(p >> 24)]);
        md5.AppendData(firstId);
        if (r >= 4 && !encryptMetadata)
        {
            md5.AppendData([0xFF, 0xFF, 0xFF, 0xFF]);
        }

        var hash = md5.GetHashAndReset();
        if (r == 2)
        {
            length = 5;
        }

        length = Math.Clamp(length, 5, 16);
        if (r >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, length));
            }
        }

        return hash.AsSpan(0, length).ToArray();
    }

    private static bool LegacyUserPasswordMatches(int r, byte[] key, byte[] u, byte[] firstId)
    {
        if (r == 2)
        {
            return Rc4.Apply(key, Padding).AsSpan().SequenceEqual(u.AsSpan(0, 32));
        }

        var buffer = new byte[32 + firstId.Length];
        Padding.CopyTo(buffer, 0);
        firstId.CopyTo(buffer, 32);
        var value = Rc4.Apply(key, MD5.HashData(buffer));
        var step = new byte[key.Length];
        for (var i = 1; i <= 19; i++)
        {
            for (var k = 0; k < key.Length; k++)
            {
                step[k] = (byte)(key[k] ^ i);
            }

            value = Rc4.Apply(step, value);
        }

        return value.AsSpan(0, 16).SequenceEqual(u.AsSpan(0, 16));
    }
#pragma warning restore CA5351

    // ISO 32000-2 7.6.4.3.4 Algorithm 2.B, for the user password (no owner key data).
    private static byte[] Hash2B(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt)
    {
        var input = new byte[password.Length + salt.Length];
        password.CopyTo(input);
        salt.CopyTo(input.AsSpan(password.Length));
        var k = SHA256.HashData(input);
        using var aes = Aes.Create();
        for (var round = 0; ; round++)
        {
            var block = new byte[password.Length + k.Length];
            password.CopyTo(block);
            k.CopyTo(block, password.Length);
            var k1 = new byte[block.Length * 64];
            for (var i = 0; i < 64; i++)
            {
                block.CopyTo(k1, i * block.Length);
            }

            aes.Key = k.AsSpan(0, 16).ToArray();
            var e = aes.EncryptCbc(k1, k.AsSpan(16, 16), PaddingMode.None);
            var sum = 0;
            for (var i = 0; i < 16; i++)
            {
                sum += e[i];
            }

            k = (sum % 3) switch
            {
                0 => SHA256.HashData(e),
                1 => SHA384.HashData(e),
                _ => SHA512.HashData(e),
            };
            if (round >= 63 && e[^1] <= round - 31)
            {
                break;
            }
        }

        return k.AsSpan(0, 32).ToArray();
    }

    private static PdfReadException Unsupported(string what) => new(PdfReadError.UnsupportedEncryption, $"Unsupported encryption: {what}.");
}
