using Bleiberecht.Documents.Generated;

namespace Bleiberecht.Cases.Contracts;

/// <summary>The committee's joint assessment of a case: a category and the text the letter carries.</summary>
/// <param name="Recommendation">The category (<see cref="Recommendation.Deferred"/> is not an assessment: use a deferral).</param>
/// <param name="Text">The assessment text (German), as recorded by the secretariat.</param>
public sealed record Assessment(Recommendation Recommendation, string Text);
