namespace Bleiberecht.Functions.Forms;

/// <summary>The names (and ids) of the file inputs of the form pages.</summary>
internal static class UploadFields
{
    /// <summary>The signed Kurzantrag (required).</summary>
    public const string Application = "antrag";

    /// <summary>A separate consent declaration (optional).</summary>
    public const string Consent = "einwilligung";

    /// <summary>Documents sent later for an existing case (one or more).</summary>
    public const string Supplement = "dateien";
}
