namespace Bleiberecht.Functions.Auth;

/// <summary>The names of the app's authentication schemes.</summary>
internal static class AuthSchemes
{
    public const string AppService = "AppService";
    public const string Development = "Development";

    /// <summary>The authentication type of identities that signed in but could not be matched to a person (no role claims).</summary>
    public const string Unresolved = "Unresolved";

    /// <summary>Claim on an unresolved identity: why (German).</summary>
    public const string UnresolvedReason = "bf:unresolved";
}
