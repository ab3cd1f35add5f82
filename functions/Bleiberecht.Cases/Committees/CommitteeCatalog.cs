namespace Bleiberecht.Cases.Committees;

/// <summary>The committees this installation serves, by id (loaded once at start-up from <c>Committees__Directory</c>).</summary>
public sealed class CommitteeCatalog
{
    private readonly Dictionary<string, CommitteeConfiguration> byId;

    /// <summary>A catalog of the given committees (ids must be unique).</summary>
    public CommitteeCatalog(IEnumerable<CommitteeConfiguration> committees)
    {
        ArgumentNullException.ThrowIfNull(committees);
        byId = committees.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>Every committee, ordered by id.</summary>
    public IReadOnlyList<CommitteeConfiguration> All => byId.Values.OrderBy(c => c.Id, StringComparer.Ordinal).ToArray();

    /// <summary>The committee with <paramref name="id"/>, or null.</summary>
    public CommitteeConfiguration? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The committee with <paramref name="id"/>; throws <see cref="KeyNotFoundException"/> when unknown.</summary>
    public CommitteeConfiguration Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"No committee with id '{id}' is configured.");

    /// <summary>The committee whose case numbers carry <paramref name="caseNumber"/>'s prefix (e.g. <c>BF</c>), or null.</summary>
    public CommitteeConfiguration? FindByCaseNumber(string caseNumber) =>
        CaseNumber.TryParse(caseNumber, out var number)
            ? byId.Values.FirstOrDefault(c => string.Equals(c.CaseNumberPrefix, number.Value.Prefix, StringComparison.Ordinal))
            : null;

    /// <summary>The committee whose session ids start with its prefix (<c>BF-S-2027-01</c>), or null.</summary>
    public CommitteeConfiguration? FindBySessionId(string sessionId) =>
        byId.Values.FirstOrDefault(c => sessionId.StartsWith(c.CaseNumberPrefix + "-S-", StringComparison.Ordinal));
}
