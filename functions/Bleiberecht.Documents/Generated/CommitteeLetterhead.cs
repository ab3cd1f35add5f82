namespace Bleiberecht.Documents.Generated;

/// <summary>The sender of every generated document: the committee's office.</summary>
/// <param name="Name">The committee's name, e.g. "Härtefallkommission Musterstadt".</param>
/// <param name="AddressLines">Postal address of the office (street, postcode and town).</param>
/// <param name="City">Town for the date line.</param>
/// <param name="Email">Office e-mail address.</param>
/// <param name="Telephone">Office telephone number.</param>
public sealed record CommitteeLetterhead(string Name, IReadOnlyList<string> AddressLines, string City, string? Email = null, string? Telephone = null);
