namespace Bleiberecht.Documents.Application;

/// <summary>How the consent declaration is signed.</summary>
public enum ConsentSignatureKind
{
    /// <summary>Not signed in a way the committee accepts.</summary>
    None,

    /// <summary>A digital signature that is intact, covers the whole file and chains to a configured trusted root.</summary>
    Digital,

    /// <summary>Signed by hand; the counsellor attests the original is on file.</summary>
    HandwrittenAttested,
}
