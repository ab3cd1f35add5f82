namespace Bleiberecht.Cases.Committees;

/// <summary>A committee configuration that cannot be used; <see cref="Problems"/> names each field that is wrong.</summary>
public sealed class CommitteeConfigurationException : Exception
{
    public CommitteeConfigurationException(string source, IReadOnlyList<string> problems)
        : base($"Committee configuration {source} is invalid: " + string.Join("; ", problems))
    {
        Source = source;
        Problems = problems;
    }

    public CommitteeConfigurationException()
        : this("(unknown)", [])
    {
    }

    public CommitteeConfigurationException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public CommitteeConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>One entry per problem, each starting with the JSON path of the field (<c>members[2].email: …</c>).</summary>
    public IReadOnlyList<string> Problems { get; } = [];
}
