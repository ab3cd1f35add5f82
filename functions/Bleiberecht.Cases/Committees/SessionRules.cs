namespace Bleiberecht.Cases.Committees;

/// <summary>How a committee meets.</summary>
/// <param name="MaxRegularSessionsPerYear">Regular sessions allowed per calendar year (Dortmund: up to four). Ad hoc sessions do not count.</param>
/// <param name="AgendaDeadline">How long before a session its agenda closes: cases ready later go to the next session.</param>
/// <param name="InvitationPeriod">How long before a session the invitations, agenda and dossiers must reach the members.</param>
/// <param name="AdHocSessionsAllowed">Whether the secretariat may plan sessions as the occasion requires.</param>
public sealed record SessionRules(
    int MaxRegularSessionsPerYear,
    TimeSpan AgendaDeadline,
    TimeSpan InvitationPeriod,
    bool AdHocSessionsAllowed);
