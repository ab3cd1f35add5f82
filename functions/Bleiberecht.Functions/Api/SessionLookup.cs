using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Functions.Api;

/// <summary>Loads a session for a caller: 404 when unknown, 403 when outside the caller's scope.</summary>
internal static class SessionLookup
{
    public static async Task<(SessionView? Session, IResult? Problem)> LoadAsync(ISessionService sessions, Actor actor, string sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        if (await sessions.GetAsync(sessionId, cancellationToken) is not { } session)
        {
            return (null, ApiProblems.NotFound("sessionId", $"Die Sitzung {sessionId} gibt es nicht.", $"There is no session {sessionId}."));
        }

        return AccessPolicy.CanSeeSession(actor, session)
            ? (session, null)
            : (null, ApiProblems.Forbidden("sessionId", "Diese Sitzung gehört nicht zu Ihrem Bereich.", "This session is outside your scope."));
    }
}
