namespace Bleiberecht.Cases.Contracts;

/// <summary>How a submission arrived.</summary>
public enum IntakeChannel
{
    /// <summary>The HTML form served by the app.</summary>
    Form,

    /// <summary>The HTTP API (multipart upload).</summary>
    Api,

    /// <summary>An e-mail delivered to the <c>inbox</c> container.</summary>
    Mail,
}
