namespace Bleiberecht.Cases.Intake;

/// <summary>The answer of <see cref="IntakeSentMailLog.TryClaimAsync"/>.</summary>
public enum SentMailClaim
{
    /// <summary>This caller sends now.</summary>
    Claimed,

    /// <summary>The reply went out before: send nothing.</summary>
    AlreadySent,

    /// <summary>Another caller is sending right now: try again later.</summary>
    InProgress,
}
