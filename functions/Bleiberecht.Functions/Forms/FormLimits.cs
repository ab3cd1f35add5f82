namespace Bleiberecht.Functions.Forms;

/// <summary>
/// Size limits of the form posts. The intake allows 10 MiB per file and 20 MiB together; a request may carry that plus
/// the multipart framing and the antiforgery token, so the body limit is 21 MiB. Larger posts are refused before the
/// body is read (Content-Length, else the server's body size limit set on the endpoint).
/// </summary>
internal static class FormLimits
{
    /// <summary>The largest request body accepted by the upload endpoints.</summary>
    public const long MaxRequestBytes = 21L * 1024 * 1024;

    /// <summary>The German text for a post that is too large.</summary>
    public const string TooLargeMessage =
        "Die Dateien sind zu groß. Erlaubt sind höchstens 10 MB je Datei und 20 MB zusammen. "
        + "Bitte die PDF-Dateien verkleinern (z. B. Scans mit geringerer Auflösung speichern) und erneut hochladen.";
}
