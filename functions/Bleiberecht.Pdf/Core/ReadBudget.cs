namespace Bleiberecht.Pdf.Core;

/// <summary>Tracks the time budget and the decompressed-bytes budget of one document.</summary>
internal sealed class ReadBudget
{
    private readonly PdfReadOptions options;
    private readonly long started;
    private long decompressed;
    private int ticks;

    public ReadBudget(PdfReadOptions options)
    {
        this.options = options;
        started = options.TimeProvider.GetTimestamp();
    }

    public PdfReadOptions Options => options;

    /// <summary>Cheap check for hot loops: looks at the clock every 256 calls.</summary>
    public void Tick()
    {
        if ((++ticks & 0xFF) == 0)
        {
            CheckTime();
        }
    }

    public void CheckTime()
    {
        if (options.TimeProvider.GetElapsedTime(started) > options.TimeBudget)
        {
            throw new PdfReadException(PdfReadError.TimeBudgetExceeded, $"Reading took longer than the time budget of {options.TimeBudget.TotalSeconds:0.###} s.");
        }
    }

    /// <summary>Accounts for decoded bytes; throws when the document total is exceeded.</summary>
    public void AddDecompressed(long bytes)
    {
        decompressed += bytes;
        if (decompressed > options.MaxDecompressedBytesPerDocument)
        {
            throw new PdfReadException(PdfReadError.DocumentTooLarge, $"Decoded streams exceed {options.MaxDecompressedBytesPerDocument} bytes for the document.");
        }
    }
}
