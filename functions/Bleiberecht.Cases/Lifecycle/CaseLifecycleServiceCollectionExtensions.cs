using Bleiberecht.Cases.Audit;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Mail;
using Bleiberecht.Cases.Statistics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>Registers the case lifecycle's services.</summary>
public static class CaseLifecycleServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICaseService"/>, <see cref="IAuditTrail"/>, <see cref="IStatistics"/>, the case store, the
    /// sent-mail log and the case mailer. Expected from elsewhere: the storage clients, <c>CommitteeCatalog</c>,
    /// <see cref="IDocumentStore"/>, <see cref="ISessionAgenda"/>, <c>IMailSender</c>, the workflow runtime, a
    /// <see cref="TimeProvider"/> and logging; <see cref="ISessionService"/> optionally (session dates in letters).
    /// </summary>
    public static IServiceCollection AddCaseLifecycle(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CaseStore>();
        services.TryAddSingleton<TableAuditTrail>();
        services.TryAddSingleton<IAuditTrail>(sp => sp.GetRequiredService<TableAuditTrail>());
        services.TryAddSingleton<TableStatistics>();
        services.TryAddSingleton<IStatistics>(sp => sp.GetRequiredService<TableStatistics>());
        services.TryAddSingleton<SentMailLog>();
        services.TryAddSingleton<CaseMailer>();
        services.TryAddSingleton<ICaseService, CaseService>();
        return services;
    }
}
