namespace Bleiberecht.Pdf.Content;

/// <summary>One page: size, the letters drawn on it, words and text in reading order, and whether it is only images.</summary>
public sealed partial class Page
{
    private List<Word>? words;
    private string? text;
    private List<List<Word>>? lines;

    internal Page(int number, double width, double height, int rotation, IReadOnlyList<Letter> letters, int imageCount, IReadOnlyList<PagePath> paths)
    {
        Number = number;
        Width = width;
        Height = height;
        Rotation = rotation;
        Letters = letters;
        ImageCount = imageCount;
        Paths = paths;
    }

    /// <summary>1-based page number.</summary>
    public int Number { get; }

    /// <summary>Width of the media box in points (after <c>/Rotate</c>).</summary>
    public double Width { get; }

    /// <summary>Height of the media box in points (after <c>/Rotate</c>).</summary>
    public double Height { get; }

    /// <summary>The page's <c>/Rotate</c> (0, 90, 180 or 270).</summary>
    public int Rotation { get; }

    /// <summary>Every glyph drawn, in content-stream order.</summary>
    public IReadOnlyList<Letter> Letters { get; }

    /// <summary>Visible painted paths (vector graphics), form XObjects included, in content-stream order.</summary>
    public IReadOnlyList<PagePath> Paths { get; }

    /// <summary>Images drawn (image XObjects and inline images, form XObjects included).</summary>
    public int ImageCount { get; }

    /// <summary>True when the page draws images but no text: a scan that needs OCR to be read.</summary>
    public bool IsImageOnly => ImageCount > 0 && Letters.All(l => string.IsNullOrWhiteSpace(l.Value));

    /// <summary>The page's text: lines top to bottom, words left to right, separated by spaces and newlines.</summary>
    public string Text => text ??= string.Join('\n', Lines().Select(line => string.Join(' ', line.Select(w => w.Text))));

    /// <summary>The words grouped into lines in reading order, as <see cref="Text"/> prints them.</summary>
    public IReadOnlyList<IReadOnlyList<Word>> GetLines() => Lines();

    private List<List<Word>> Lines() => lines ??= WordBuilder.Lines(GetWords());

    /// <summary>Words in content order.</summary>
    public IReadOnlyList<Word> GetWords() => words ??= WordBuilder.Words(Letters);
}
