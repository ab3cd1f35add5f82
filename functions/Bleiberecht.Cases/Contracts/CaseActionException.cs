namespace Bleiberecht.Cases.Contracts;

/// <summary>A case action that does not fit the case's state (e.g. withdrawing a closed case), with German/English texts.</summary>
public sealed class CaseActionException(string code, string messageDe, string messageEn) : Exception(messageEn)
{
    /// <summary>Stable code, e.g. <c>case-closed</c>, <c>case-not-found</c>.</summary>
    public string Code { get; } = code;

    /// <summary>The German message for the user.</summary>
    public string MessageDe { get; } = messageDe;
}
