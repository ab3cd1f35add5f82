using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Functions.Api;

/// <summary>One endpoint of the HTTP API and who may call it (the data scope is checked by <see cref="AccessPolicy"/>).</summary>
/// <param name="Name">Stable name (OpenAPI operation id).</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Pattern">Route pattern under <c>/api</c>.</param>
/// <param name="Roles">The roles allowed; empty with <paramref name="Anonymous"/>.</param>
/// <param name="Anonymous">Open to everyone, signed in or not.</param>
internal sealed record ApiRoute(string Name, string Method, string Pattern, IReadOnlyList<ActorRole> Roles, bool Anonymous = false)
{
    public bool Allows(ActorRole role) => Anonymous || Roles.Contains(role);
}
