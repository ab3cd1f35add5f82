using Bleiberecht.Cases.Audit;
using Bleiberecht.Cases.Mail;
using Bleiberecht.Cases.Statistics;
using Bleiberecht.Functions.Deployment;

namespace Bleiberecht.Functions.Lifecycle;

/// <summary>The case lifecycle's tables: the audit trail, the anonymous statistics and the sent-mail log (the <c>cases</c> table is declared with the registry).</summary>
internal sealed class LifecycleStorageResources : IStorageResourceSource
{
    public StorageResources Resources { get; } = new([], [], [TableAuditTrail.TableName, TableStatistics.TableName, SentMailLog.TableName]);
}
