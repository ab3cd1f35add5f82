using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Sessions;

/// <summary>The input of the concluding and cancelling activities.</summary>
/// <param name="Session">The session.</param>
/// <param name="Event">The secretariat's event (conclusion or cancellation).</param>
internal sealed record SessionConclusionInput(SessionLifecycleInput Session, SessionEvent Event);
