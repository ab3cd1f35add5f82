using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Cases.Tests;

public sealed class CaseNumberTests
{
    [Fact]
    public void Case_number_reads_as_counsellors_write_it()
    {
        Assert.Equal("BF-2026-0042", new CaseNumber("BF", 2026, 42).ToString());
        Assert.True(CaseNumber.TryParse(" BF-2026-0042 ", out var parsed));
        Assert.Equal(new CaseNumber("BF", 2026, 42), parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("BF-2026-42")]
    [InlineData("bf-2026-0042")]
    [InlineData("BF-2026-0000")]
    [InlineData("BF/2026/0042")]
    public void Malformed_case_numbers_are_refused(string text) => Assert.False(CaseNumber.TryParse(text, out _));

    [Fact]
    public void Formatting_and_parsing_round_trip()
    {
        var property = Prop.ForAll(
            Gen.Choose(2000, 2099).Zip(Gen.Choose(1, 999_999)).ToArbitrary(),
            t => CaseNumber.TryParse(new CaseNumber("BF", t.Item1, t.Item2).ToString(), out var back) && back == new CaseNumber("BF", t.Item1, t.Item2));

        Check.One(Config.QuickThrowOnFailure, property);
    }
}
