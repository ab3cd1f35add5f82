namespace Bleiberecht.Cases.Intake;

/// <summary>What <see cref="MailIntake"/> did with a message.</summary>
public enum MailIntakeOutcome
{
    /// <summary>A case was created or found; the sender got a confirmation (with what is still missing).</summary>
    Accepted,

    /// <summary>The documents were added to the case named in the subject; the sender got a confirmation.</summary>
    AddedToCase,

    /// <summary>Nothing was stored; the registered sender got the problems.</summary>
    Rejected,

    /// <summary>Unknown or missing sender: nothing stored, no reply (no backscatter), logged by code.</summary>
    UnknownSender,

    /// <summary>Machine-sent mail (bounce, out-of-office): nothing stored, no reply (no mail loops).</summary>
    Automatic,
}
