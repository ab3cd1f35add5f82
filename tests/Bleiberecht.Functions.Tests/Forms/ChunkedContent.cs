using System.Net;

namespace Bleiberecht.Functions.Tests.Forms;

/// <summary>Sends another content without a Content-Length (chunked), as a client that does not declare its size.</summary>
internal sealed class ChunkedContent : HttpContent
{
    private readonly HttpContent inner;

    public ChunkedContent(HttpContent inner)
    {
        this.inner = inner;
        Headers.ContentType = inner.Headers.ContentType;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => inner.CopyToAsync(stream, context);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
