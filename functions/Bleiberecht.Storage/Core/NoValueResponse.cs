using Azure;

namespace Bleiberecht.Storage.Core;

/// <summary>A response without a value (404 on a GetXIfExists call).</summary>
internal sealed class NoValueResponse<T>(Response response) : NullableResponse<T>
{
    public override bool HasValue => false;

    public override T Value => throw new InvalidOperationException("The resource does not exist (status " + response.Status + "); check HasValue first.");

    public override Response GetRawResponse() => response;
}
