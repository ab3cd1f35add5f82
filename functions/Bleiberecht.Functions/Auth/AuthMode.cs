namespace Bleiberecht.Functions.Auth;

/// <summary>How callers of the HTTP API are authenticated (setting <c>Auth__Mode</c>).</summary>
internal enum AuthMode
{
    /// <summary>Azure: App Service authentication in front of the Functions host adds <c>X-MS-CLIENT-PRINCIPAL</c>.</summary>
    AppService,

    /// <summary>Local: signed development tokens (<c>auth token</c>), as bearer token or cookie.</summary>
    Development,
}
