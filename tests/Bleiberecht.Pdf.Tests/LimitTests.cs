using Bleiberecht.Pdf.Tests.Support;

namespace Bleiberecht.Pdf.Tests;

/// <summary>Every limit is enforced with its own typed reason; nothing but <see cref="PdfReadException"/> escapes.</summary>
[Collection(TimedCollection.Name)]
public sealed class LimitTests
{
    public static TheoryData<string> HostileNames => new(HostileFiles.All.Select(h => h.Name));

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void Hostile_file_ends_in_a_result_or_the_expected_typed_error(string name)
    {
        var (_, build, expected) = HostileFiles.All.Single(h => h.Name == name);
        var bytes = build();

        var outcome = FuzzHarness.Run(bytes, FuzzHarness.Options);

        Assert.True(outcome.Elapsed < TimeSpan.FromSeconds(2), $"took {outcome.Elapsed}");
        Assert.Null(outcome.Unexpected);
        if (expected is { } reason)
        {
            Assert.Equal(reason, outcome.Error);
        }
    }

    [Fact]
    public void A_forged_count_is_ignored()
    {
        var bytes = HostileFiles.All.Single(h => h.Name == "forged /Count").Build();

        using var document = PdfDocument.Open(bytes);

        Assert.Equal(1, document.NumberOfPages);
        Assert.Equal("One page", document.GetPage(1).Text);
    }

    [Fact]
    public void The_file_size_limit_applies_to_arrays_and_streams()
    {
        var bytes = Fixtures.Read("text-pdflib.pdf");
        var options = new PdfReadOptions { MaxFileSize = 100 };

        Assert.Equal(PdfReadError.FileTooLarge, Assert.Throws<PdfReadException>(() => PdfDocument.Open(bytes, options)).Reason);
        using var stream = new MemoryStream(bytes);
        Assert.Equal(PdfReadError.FileTooLarge, Assert.Throws<PdfReadException>(() => PdfDocument.Open(stream, options)).Reason);
    }

    [Fact]
    public void The_time_budget_ends_reading_with_its_reason()
    {
        var options = new PdfReadOptions { TimeBudget = TimeSpan.FromSeconds(1), TimeProvider = new SteppingTimeProvider(TimeSpan.FromMilliseconds(600)) };

        var error = Assert.Throws<PdfReadException>(() =>
        {
            using var document = PdfDocument.Open(Fixtures.Read("text-chromium.pdf"), options);
            _ = document.GetPages().Select(p => p.Text).ToList();
        });

        Assert.Equal(PdfReadError.TimeBudgetExceeded, error.Reason);
    }

    [Fact]
    public void The_document_wide_decompression_limit_adds_up_all_streams()
    {
        var content = HandMadePdf.Deflate(new byte[3 * 1024 * 1024]);
        var pdf = new HandMadePdf();
        var root = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] >>");
        for (var i = 0; i < 3; i++)
        {
            pdf.Add("<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>");
        }

        pdf.AddStream(" /Filter /FlateDecode", content);
        var options = new PdfReadOptions { MaxDecompressedBytesPerStream = 4 * 1024 * 1024, MaxDecompressedBytesPerDocument = 8 * 1024 * 1024 };
        using var document = PdfDocument.Open(pdf.Build(root), options);

        var error = Assert.Throws<PdfReadException>(() => document.GetPages().ToList());

        Assert.Equal(PdfReadError.DocumentTooLarge, error.Reason);
    }

    [Fact]
    public void The_operator_limit_stops_endless_content()
    {
        var bytes = HandMadePdf.OnePage(string.Concat(Enumerable.Repeat("0 0 m ", 5000)), out var root).Build(root);
        using var document = PdfDocument.Open(bytes, new PdfReadOptions { MaxOperationsPerPage = 1000 });

        Assert.Equal(PdfReadError.ContentTooComplex, Assert.Throws<PdfReadException>(() => document.GetPage(1)).Reason);
    }

    [Fact]
    public void The_object_limit_applies_to_the_cross_reference_table()
    {
        var bytes = HostileFiles.All.Single(h => h.Name == "3000 pages").Build();

        Assert.Equal(PdfReadError.TooManyObjects, Assert.Throws<PdfReadException>(() => PdfDocument.Open(bytes, new PdfReadOptions { MaxObjects = 100 })).Reason);
    }
}
