namespace Bleiberecht.Functions.Auth;

/// <summary>Why a development token was refused.</summary>
internal enum DevelopmentTokenError
{
    /// <summary>Not two base64url parts, or the payload is not the expected JSON.</summary>
    Malformed,

    /// <summary>The signature does not match the payload (tampered, or signed with another key).</summary>
    BadSignature,

    /// <summary>Past its <c>exp</c>.</summary>
    Expired,
}
