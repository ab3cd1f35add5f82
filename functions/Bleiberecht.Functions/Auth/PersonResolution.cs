using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Functions.Auth;

/// <summary>The outcome of looking a person up in the committee configuration: the actor, or why not (German, English).</summary>
internal sealed record PersonResolution(Actor? Actor, string? ReasonDe = null, string? ReasonEn = null)
{
    public static PersonResolution Refused(string reasonDe, string reasonEn) => new(null, reasonDe, reasonEn);
}
