using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Mail;
using Bleiberecht.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bleiberecht.Cases.Sessions;

/// <summary>Registers the session side: <see cref="ISessionService"/>, <see cref="ISessionAgenda"/> and what the session activities need.</summary>
public static class SessionsServiceCollectionExtensions
{
    /// <summary>The tables the session side uses (created by the app's storage initializer, or Bicep in Azure).</summary>
    public static IReadOnlyList<string> Tables { get; } = [SessionStore.TableName, SentMailLog.TableName];

    /// <summary>
    /// Adds the session services. Expects <see cref="TableServiceClient"/> (AddBleiberechtStorage), the workflow client,
    /// the committee catalog, <see cref="IAuditTrail"/>, <see cref="IDocumentStore"/>, <see cref="ICaseService"/> and an
    /// <c>IMailSender</c> to be registered by their owners.
    /// </summary>
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SessionStore(sp.GetRequiredService<TableServiceClient>().GetTableClient(SessionStore.TableName)));
        services.TryAddSingleton(sp => new SentMailLog(sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<SessionDocuments>();
        services.TryAddSingleton<SessionMailer>();
        services.TryAddSingleton<CaseNotifier>();
        services.TryAddSingleton<ISessionAgenda, SessionAgenda>();
        services.TryAddSingleton<ISessionService, SessionService>();
        return services;
    }
}
