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
    public void NextAfter_finds_exactly_the_first_time_an_independent_rule_accepts()
    {
        // Each expression with the rule it stands for, written out by hand: the schedule must agree with a second-by-second scan.
        (string Expression, Func<DateTimeOffset, bool> Rule)[] cases =
        [
            ("*/7 * * * * *", t => t.Second % 7 == 0),
            ("0 */3 * * * *", t => t.Second == 0 && t.Minute % 3 == 0),
            ("15,45 * * * * *", t => t.Second is 15 or 45),
            ("0 0 */2 * * *", t => t.Second == 0 && t.Minute == 0 && t.Hour % 2 == 0),
            ("10-20/5 1 * * * *", t => t.Second is 10 or 15 or 20 && t.Minute == 1),
            ("0 30 9 * * MON-FRI", t => t.Second == 0 && t.Minute == 30 && t.Hour == 9 && t.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)),
        ];
        Prop.ForAll(Arb.From(Gen.Choose(0, cases.Length - 1)), Arb.From(Gen.Choose(0, 86_400 * 7)), (index, offset) =>
        {
            var (expression, rule) = cases[index];
            var after = Start.AddSeconds(offset);
            var next = CronSchedule.Parse(expression).NextAfter(after)!.Value;
            var scan = after.AddSeconds(1);
            while (!rule(scan))
            {
                scan = scan.AddSeconds(1);
            }

            return next == scan;
        }).QuickCheckThrowOnFailure();
    }
}
