using System.Security.Cryptography;
using System.Text;

namespace Bleiberecht.Storage.Core;

/// <summary>An account name and its decoded key; signs strings with HMAC-SHA256.</summary>
internal sealed class StorageSharedKey
{
    private readonly byte[] key;

    public StorageSharedKey(string accountName, byte[] key)
    {
        AccountName = accountName;
        this.key = key;
    }

    public string AccountName { get; }

    public string Sign(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
}
