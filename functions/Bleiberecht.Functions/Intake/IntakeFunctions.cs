using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Intake;
using Bleiberecht.Documents.Application;
using Bleiberecht.Functions.Deployment;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Storage.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bleiberecht.Functions.Intake;

/// <summary>
/// The intake: <see cref="ICaseIntake"/> (<see cref="IntakeService"/>) for the form and API, and the e-mail inbox
/// function on container <c>inbox</c> (Event Grid in Azure, the standalone watcher locally) running <see cref="MailIntake"/>.
/// </summary>
internal sealed class IntakeFunctions : IFunctionSource
{
    public const string InboxFunctionName = "MailInbox";

    public IEnumerable<FunctionDefinition> Functions { get; } =
    [
        FunctionDefinition.ForBlob<InboxFunction>(InboxFunctionName, DomainStorageResources.InboxContainer),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(sp => new CaseRegistry(CasesTable(sp), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new SubmissionReadOptions { TimeProvider = sp.GetRequiredService<TimeProvider>() });

        // The sent-mail log shares the cases table (own partition), so no new storage resource is needed.
        services.TryAddSingleton(sp => new IntakeSentMailLog(CasesTable(sp), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IntakeService>();
        services.TryAddSingleton<ICaseIntake>(sp => sp.GetRequiredService<IntakeService>());
        services.TryAddSingleton<MailIntake>();
    }

    private static TableClient CasesTable(IServiceProvider services) =>
        services.GetRequiredService<TableServiceClient>().GetTableClient(DomainStorageResources.CasesTable);
}
