using Bleiberecht.Cases.Calendar;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Cases.Tests;

public sealed class SessionCalendarTests
{
    private static readonly CommitteeConfiguration Dortmund =
        CommitteeConfigurationLoader.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "config", "committees", "dortmund.json")));

    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private static PlannedSession Regular(string id, int month, int day = 15, bool cancelled = false) =>
        new(id, SessionKind.Regular, new DateTimeOffset(2026, month, day, 14, 0, 0, TimeSpan.FromHours(1)), cancelled);

    [Fact]
    public void A_fifth_regular_session_in_a_calendar_year_is_refused_with_the_reason()
    {
        var calendar = new SessionCalendar(Dortmund);
        PlannedSession[] planned = [Regular("s1", 3), Regular("s2", 6), Regular("s3", 9), Regular("s4", 11)];

        var refusal = calendar.CheckNewSession(planned, SessionKind.Regular, Regular("s5", 12).StartsAt, Now);

        Assert.NotNull(refusal);
        Assert.Equal("regular-sessions-exhausted", refusal.Code);
        Assert.Equal("Im Kalenderjahr 2026 sind bereits 4 reguläre Sitzungen geplant; zulässig sind höchstens 4. Bitte eine anlassbezogene Sitzung planen oder einen Termin absagen.", refusal.MessageDe);
    }

    [Fact]
    public void Cancelled_and_ad_hoc_sessions_do_not_count_towards_the_limit()
    {
        var calendar = new SessionCalendar(Dortmund);
        PlannedSession[] planned =
        [
            Regular("s1", 3), Regular("s2", 6), Regular("s3", 9), Regular("s4", 11, cancelled: true),
            new("a1", SessionKind.AdHoc, new DateTimeOffset(2026, 4, 2, 10, 0, 0, TimeSpan.Zero)),
        ];

        Assert.Null(calendar.CheckNewSession(planned, SessionKind.Regular, Regular("s5", 12).StartsAt, Now));
        Assert.Null(calendar.CheckNewSession([.. planned, Regular("s5", 12)], SessionKind.AdHoc, Now.AddDays(2), Now));
    }

    [Fact]
    public void The_calendar_year_is_the_committees_local_one()
    {
        var calendar = new SessionCalendar(Dortmund);

        // 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Dortmund.
        Assert.Equal(2027, calendar.CalendarYear(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_regular_session_inside_the_agenda_deadline_is_refused_and_points_to_an_ad_hoc_session()
    {
        var calendar = new SessionCalendar(Dortmund);

        var refusal = calendar.CheckNewSession([], SessionKind.Regular, Now.AddDays(10), Now);

        Assert.Equal("too-short-notice", refusal?.Code);
        Assert.Contains("anlassbezogene Sitzung", refusal!.MessageDe, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ready_case_goes_to_the_earliest_session_whose_agenda_is_still_open()
    {
        var calendar = new SessionCalendar(Dortmund);
        var march = Regular("march", 3, 10);
        var june = Regular("june", 6);
        var adHoc = new PlannedSession("adhoc", SessionKind.AdHoc, new DateTimeOffset(2026, 2, 20, 10, 0, 0, TimeSpan.Zero));
        var readyAt = calendar.AgendaClosesAt(march).AddMinutes(1);

        Assert.Equal("june", calendar.NextOpenSession([june, march, adHoc], readyAt)?.Id);
        Assert.Equal("march", calendar.NextOpenSession([june, march, adHoc], calendar.AgendaClosesAt(march).AddMinutes(-1))?.Id);
        Assert.Equal("adhoc", calendar.NextOpenSession([june, march, adHoc], Now, includeAdHoc: true)?.Id);
        Assert.Null(calendar.NextOpenSession([march], readyAt));
    }

    [Fact]
    public void Planning_only_what_the_calendar_accepts_never_exceeds_the_yearly_limit()
    {
        var calendar = new SessionCalendar(Dortmund);
        var property = Prop.ForAll(
            Gen.Choose(0, 800).ListOf().ToArbitrary(),
            offsets =>
            {
                var planned = new List<PlannedSession>();
                foreach (var (offset, i) in offsets.Select((o, i) => (o, i)))
                {
                    var startsAt = Now.AddDays(offset).AddHours(i % 24);
                    var kind = i % 3 == 0 ? SessionKind.AdHoc : SessionKind.Regular;
                    if (calendar.CheckNewSession(planned, kind, startsAt, Now) is null)
                    {
                        planned.Add(new PlannedSession($"s{i}", kind, startsAt));
                    }
                }

                return planned.Where(s => s.Kind == SessionKind.Regular)
                    .GroupBy(s => calendar.CalendarYear(s.StartsAt))
                    .All(g => g.Count() <= Dortmund.Sessions.MaxRegularSessionsPerYear);
            });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }
}
