using System.Runtime.CompilerServices;
using Bleiberecht.Pdf.Content;
using Bleiberecht.Pdf.Core;
using Bleiberecht.Pdf.Forms;
using Bleiberecht.Pdf.Parsing;
using Bleiberecht.Pdf.Signatures;
using Bleiberecht.Pdf.Text;

namespace Bleiberecht.Pdf;

/// <summary>
/// A PDF opened for reading (surface shaped after PdfPig's <c>PdfDocument</c>). Built for hostile input: every limit in
/// <see cref="PdfReadOptions"/> is enforced, and every failure is a <see cref="PdfReadException"/>. Not thread-safe.
/// </summary>
public sealed class PdfDocument : IDisposable
{
    private readonly PdfFile file;
    private readonly List<PageNode> pages;
    private readonly Dictionary<int, Page> pageCache = [];
    private readonly Dictionary<PdfDictionary, FontDecoder> fonts = new(ReferenceEqualityComparer.Instance);
    private AcroForm? form;
    private bool formRead;

    private PdfDocument(PdfFile file, List<PageNode> pages)
    {
        this.file = file;
        this.pages = pages;
        Information = ReadInformation(file);
    }

    /// <summary>Number of pages found by walking the page tree (the tree's <c>/Count</c> is not trusted).</summary>
    public int NumberOfPages => pages.Count;

    /// <summary>The document information dictionary plus version, encryption and revision facts.</summary>
    public DocumentInformation Information { get; }

    /// <summary>The file's length in bytes.</summary>
    public long Length => file.Data.Length;

    /// <summary>Opens a PDF held in memory.</summary>
    public static PdfDocument Open(byte[] bytes, PdfReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        options ??= PdfReadOptions.Default;
        return Guard(() =>
        {
            if (bytes.LongLength > options.MaxFileSize)
            {
                throw new PdfReadException(PdfReadError.FileTooLarge, $"The file is larger than {options.MaxFileSize} bytes.");
            }

            var file = PdfFile.Open(bytes, new ReadBudget(options));
            return new PdfDocument(file, PageTree.Collect(file));
        });
    }

    /// <summary>Opens a PDF from a stream, reading at most <see cref="PdfReadOptions.MaxFileSize"/> bytes.</summary>
    public static PdfDocument Open(Stream stream, PdfReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= PdfReadOptions.Default;
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > options.MaxFileSize)
                {
                    throw new PdfReadException(PdfReadError.FileTooLarge, $"The file is larger than {options.MaxFileSize} bytes.");
                }

                buffer.Write(chunk, 0, read);
            }

            bytes = buffer.ToArray();
        }
        catch (IOException ex)
        {
            throw new PdfReadException(PdfReadError.Malformed, "The stream could not be read.", ex);
        }

        return Open(bytes, options);
    }

    /// <summary>The page with 1-based <paramref name="number"/>, its text extracted.</summary>
    public Page GetPage(int number)
    {
        if (number < 1 || number > pages.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"The document has {pages.Count} pages.");
        }

        return Guard(() => pageCache.TryGetValue(number, out var page) ? page : pageCache[number] = BuildPage(number));
    }

    /// <summary>All pages in order.</summary>
    public IEnumerable<Page> GetPages()
    {
        for (var i = 1; i <= pages.Count; i++)
        {
            yield return GetPage(i);
        }
    }

    /// <summary>The interactive form, when the document has one with at least one field.</summary>
    public bool TryGetForm(out AcroForm form)
    {
        form = GetFormOrNull()!;
        return form is not null;
    }

    /// <summary>The interactive form; throws <see cref="PdfReadException"/> (<see cref="PdfReadError.Malformed"/>) when there is none.</summary>
    public AcroForm GetForm() => GetFormOrNull() ?? throw new PdfReadException(PdfReadError.Malformed, "The document has no interactive form.");

    /// <summary>
    /// Every signed signature field with its verification verdicts. An empty signature field, or a placeholder whose
    /// <c>/Contents</c> is still blank, is not signed and not listed (see <see cref="AcroFormField.IsSigned"/>).
    /// </summary>
    public IReadOnlyList<PdfSignature> GetSignatures(SignatureValidationOptions? options = null)
    {
        options ??= SignatureValidationOptions.Default;
        return Guard(() => SignatureReader.Read(file, GetFormOrNull(), options));
    }

    public void Dispose()
    {
        // Nothing to release: the document holds only managed memory. Kept for PdfPig-shaped using blocks.
    }

    private AcroForm? GetFormOrNull()
    {
        if (!formRead)
        {
            form = Guard(() => FormReader.Read(file, fonts, pages));
            formRead = true;
        }

        return form;
    }

    private Page BuildPage(int number)
    {
        file.Budget.CheckTime();
        var node = pages[number - 1];
        var box = Box(node.MediaBox) ?? (0, 0, 612, 792);
        var rotation = (((node.Rotate % 360) + 360) % 360) / 90 * 90;
        var width = Math.Abs(box.X2 - box.X1);
        var height = Math.Abs(box.Y2 - box.Y1);
        if (rotation is 90 or 270)
        {
            (width, height) = (height, width);
        }

        var interpreter = new ContentInterpreter(file, fonts);
        var content = PageContent(node.Dictionary);
        interpreter.Run(content, node.Resources, new GraphicsState());
        return new Page(number, width, height, rotation, interpreter.Letters, interpreter.ImageCount, interpreter.Paths);
    }

    private byte[] PageContent(PdfDictionary page)
    {
        var contents = file.Resolve(page.Get("Contents"));
        var streams = contents switch
        {
            PdfStream s => [s],
            PdfArray a => a.Items.Take(10_000).Select(file.Resolve).OfType<PdfStream>().ToList(),
            _ => new List<PdfStream>(),
        };
        using var joined = new MemoryStream();
        foreach (var stream in streams)
        {
            try
            {
                var data = file.DecodeStream(stream).Data;
                joined.Write(data);
                joined.WriteByte((byte)'\n');
            }
            catch (PdfReadException ex) when (ex.Reason == PdfReadError.BadStreamData)
            {
                // A corrupt content stream shows nothing, as in viewers; the rest of the page still reads.
            }

            if (joined.Length > file.Options.MaxDecompressedBytesPerStream)
            {
                throw new PdfReadException(PdfReadError.StreamTooLarge, "A page's content is larger than the per-stream limit.");
            }
        }

        return joined.ToArray();
    }

    private (double X1, double Y1, double X2, double Y2)? Box(PdfArray? array)
    {
        if (array is not { Count: 4 })
        {
            return null;
        }

        var v = array.Items.Select(i => file.Resolve(i).AsNumber()).ToArray();
        return v.Any(x => x is null) ? null : (v[0]!.Value, v[1]!.Value, v[2]!.Value, v[3]!.Value);
    }

    private static DocumentInformation ReadInformation(PdfFile file)
    {
        var info = file.ResolveDictionary(file.Trailer.Get("Info"));
        string? Text(string key) => file.Resolve(info?.Get(key)).AsText();
        var catalogVersion = file.Resolve(file.Catalog?.Get("Version")).AsName();
        var version = catalogVersion is not null && string.CompareOrdinal(catalogVersion, file.Version) > 0 ? catalogVersion : file.Version;
        return new DocumentInformation(Text("Title"), Text("Author"), Text("Subject"), Text("Keywords"), Text("Creator"), Text("Producer"), Text("CreationDate"), Text("ModDate"))
        {
            Version = version,
            IsEncrypted = file.IsEncrypted,
            Revisions = file.Revisions,
            WasRepaired = file.WasRepaired,
        };
    }

    /// <summary>Runs reader code so that only <see cref="PdfReadException"/> escapes.</summary>
    internal static T Guard<T>(Func<T> action)
    {
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return action();
        }
        catch (PdfReadException)
        {
            throw;
        }
        catch (InsufficientExecutionStackException ex)
        {
            throw new PdfReadException(PdfReadError.NestingTooDeep, "Nesting too deep for the reader's stack.", ex);
        }
        catch (OutOfMemoryException ex)
        {
            throw new PdfReadException(PdfReadError.DocumentTooLarge, "The document needs more memory than available.", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new PdfReadException(PdfReadError.Internal, $"Unexpected {ex.GetType().Name} while reading.", ex);
        }
    }
}
