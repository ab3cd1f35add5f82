using Bleiberecht.Cases.Sessions;
using Bleiberecht.Functions.Deployment;

namespace Bleiberecht.Functions.Sessions;

/// <summary>The session side's tables: <c>sessions</c> (calendar, agendas, waiting list) and <c>mailsent</c> (sent-log of session mail).</summary>
internal sealed class SessionStorageResources : IStorageResourceSource
{
    public StorageResources Resources { get; } = new([], [], SessionsServiceCollectionExtensions.Tables);
}
