using Bleiberecht.Documents.Application;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>The application as read (personal data): stored as JSON in the case's documents, kind <c>ApplicationData</c>.</summary>
internal sealed record StoredApplication(ApplicationRecord Record, IReadOnlyList<ApplicationProblem> Problems, DateTimeOffset ReadAt);
