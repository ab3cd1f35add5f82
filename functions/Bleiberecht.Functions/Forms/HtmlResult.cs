namespace Bleiberecht.Functions.Forms;

/// <summary>An HTML page as the response: UTF-8, never cached (personal data), no sniffing, no framing, the page's CSP.</summary>
internal sealed class HtmlResult(string html, int statusCode = StatusCodes.Status200OK) : IResult
{
    /// <summary>The status code sent.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>The document sent.</summary>
    public string Html { get; } = html;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers.ContentSecurityPolicy = FormLayout.ContentSecurityPolicy;
        response.Headers["Referrer-Policy"] = "no-referrer";
        return response.WriteAsync(Html, httpContext.RequestAborted);
    }
}
