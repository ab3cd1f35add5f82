using Bleiberecht.Functions.Hosting;
using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Functions.Tests.Hosting;

public sealed class CronScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 59, 58, TimeSpan.Zero);

    [Theory]
    [InlineData("*/1 * * * * *", "2026-11-21T10:59:59Z")]
    [InlineData("0 */5 * * * *", "2026-11-21T11:00:00Z")]
    [InlineData("0 0 * * * *", "2026-11-21T11:00:00Z")]
    [InlineData("30 15 9 * * MON-FRI", "2026-11-23T09:15:30Z")]
    [InlineData("0 0 0 1 JAN *", "2027-01-01T00:00:00Z")]
    [InlineData("0 0 12 29 2 *", "2028-02-29T12:00:00Z")]
    [InlineData("0 0 0 * * 0", "2026-11-22T00:00:00Z")]
    [InlineData("0 0 0 * * 7", "2026-11-22T00:00:00Z")]
    public void NextAfter_finds_the_next_occurrence(string expression, string expected)
    {
        var next = CronSchedule.Parse(expression).NextAfter(Start);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Theory]
    [InlineData("* * * * *")]
    [InlineData("60 * * * * *")]
    [InlineData("* * 24 * * *")]
    [InlineData("* * * 0 * *")]
    [InlineData("*/0 * * * * *")]
    [InlineData("5-1 * * * * *")]
    [InlineData("a * * * * *")]
    [InlineData("00:05:00")]
    public void TryParse_rejects_what_is_not_six_field_ncrontab(string expression)
    {
        Assert.False(CronSchedule.TryParse(expression, out _));
        Assert.Throws<FormatException>(() => CronSchedule.Parse(expression));
    }

    [Fact]
    public void NextAfter_never_skips_an_occurrence_a_second_by_second_scan_finds()
    {
        var expressions = Gen.Elements("*/7 * * * * *", "0 */3 * * * *", "15,45 * * * * *", "0 0 */2 * * *", "10-20/5 1 * * * *", "0 59 23 * * *");
        var offsets = Gen.Choose(0, 86_400 * 2);
        Prop.ForAll(Arb.From(expressions), Arb.From(offsets), (expression, offset) =>
        {
            var schedule = CronSchedule.Parse(expression);
            var after = Start.AddSeconds(offset);
            var next = schedule.NextAfter(after)!.Value;
            var scan = after.AddSeconds(1);
            while (scan < next && !Matches(schedule, scan))
            {
                scan = scan.AddSeconds(1);
            }

            return next > after && scan == next && Matches(schedule, next);
        }).QuickCheckThrowOnFailure();
    }

    // An occurrence is a time whose previous second's "next" is itself.
    private static bool Matches(CronSchedule schedule, DateTimeOffset time) => schedule.NextAfter(time.AddSeconds(-1)) == time;
}
