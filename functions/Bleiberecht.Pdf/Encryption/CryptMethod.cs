namespace Bleiberecht.Pdf.Encryption;

internal enum CryptMethod
{
    None,
    Rc4,
    Aes128,
    Aes256,
}
