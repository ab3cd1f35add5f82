using Bleiberecht.Cases.Calendar;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Cases.Tests.Sessions;

/// <summary>The agenda and invitation deadlines of ad hoc sessions planned at short notice (pure calendar rules).</summary>
public sealed class AdHocAgendaTests
{
    private static readonly CommitteeConfiguration Dortmund =
        CommitteeConfigurationLoader.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "config", "committees", "dortmund.json")));

    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_ad_hoc_session_planned_at_short_notice_closes_its_agenda_after_half_the_notice_and_invites_at_once()
    {
        var calendar = new SessionCalendar(Dortmund);
        var session = new PlannedSession("a", SessionKind.AdHoc, Now.AddDays(6), PlannedAt: Now);

        Assert.Equal(Now.AddDays(3), calendar.AgendaClosesAt(session));
        Assert.Equal(Now.AddDays(3), calendar.InvitationsDueAt(session));
    }

    [Fact]
    public void An_ad_hoc_session_planned_well_ahead_keeps_the_regular_deadlines()
    {
        var calendar = new SessionCalendar(Dortmund);
        var session = new PlannedSession("a", SessionKind.AdHoc, Now.AddDays(60), PlannedAt: Now);

        Assert.Equal(Now.AddDays(60 - 21), calendar.AgendaClosesAt(session));
        Assert.Equal(Now.AddDays(60 - 14), calendar.InvitationsDueAt(session));
    }

    [Fact]
    public void Every_ad_hoc_agenda_closes_after_planning_and_before_the_session_and_invitations_never_precede_it()
    {
        var calendar = new SessionCalendar(Dortmund);
        var property = Prop.ForAll(
            Gen.Choose(1, 200 * 24 * 60).ToArbitrary(),
            minutesAhead =>
            {
                var session = new PlannedSession("a", SessionKind.AdHoc, Now.AddMinutes(minutesAhead), PlannedAt: Now);
                var closes = calendar.AgendaClosesAt(session);
                var due = calendar.InvitationsDueAt(session);
                return closes > Now && closes < session.StartsAt && due >= closes && due < session.StartsAt;
            });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), property);
    }
}
