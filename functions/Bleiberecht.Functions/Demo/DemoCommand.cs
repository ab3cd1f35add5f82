using System.Globalization;
using System.Text.Json.Nodes;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Application;
using Bleiberecht.Functions.Auth;
using Bleiberecht.Functions.Commands;

namespace Bleiberecht.Functions.Demo;

/// <summary>
/// <c>demo</c>: walks a running local system (<c>./bf run</c>) through a committee's work, as the people would:
/// a counsellor submits one application through the HTML form and one by e-mail (a raw message dropped into the
/// <c>inbox</c> container, as a mail gateway does), the secretariat plans a session, the clock moves past the agenda
/// deadline, the agenda and invitations go out, the secretariat records an assessment and a deferral and concludes the
/// session. Prints where the agenda, the letters and the minutes are, and saves them to a folder.
/// </summary>
internal sealed class DemoCommand : ICliCommand
{
    private const string Committee = "dortmund";

    public IReadOnlyList<string> Verb { get; } = ["demo"];

    public string Usage => "demo [--url URL] [--out DIR]   walk the running local system (bf run) through a session; saves agenda, letters, minutes";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var url = Option(arguments, "--url") ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS")?.Split(';')[0] ?? "http://127.0.0.1:7071";
        var folder = Path.GetFullPath(Option(arguments, "--out") ?? Path.Combine(".local", "demo"));
        byte[]? key;
        try
        {
            key = AuthSettings.ReadKey(Environment.GetEnvironmentVariable(AuthSettings.DevelopmentKeySetting));
        }
        catch (Hosting.InvalidConfigurationException e)
        {
            await error.WriteLineAsync(e.Message);
            return 2;
        }

        var storage = Environment.GetEnvironmentVariable("AzureWebJobsStorage");
        if (key is null || string.IsNullOrEmpty(storage))
        {
            await error.WriteLineAsync($"The demo needs {AuthSettings.DevelopmentKeySetting} and AzureWebJobsStorage as the running app has them: start it with ./bf run and use ./bf demo (it passes local.settings.sample.json).");
            return 2;
        }

        using var client = new DemoClient(new Uri(url), key, storage, output);
        try
        {
            await RunDemoAsync(client, folder, output, cancellationToken);
            return 0;
        }
        catch (HttpRequestException e) when (e.StatusCode is null)
        {
            await error.WriteLineAsync($"The app does not answer at {url}: start it with ./bf run first. ({e.Message})");
            return 1;
        }
        catch (DemoException e)
        {
            await error.WriteLineAsync("Demo stopped: " + e.Message);
            return 1;
        }
    }

    private static async Task RunDemoAsync(DemoClient client, string folder, TextWriter output, CancellationToken cancellationToken)
    {
        await client.CheckReadyAsync(cancellationToken);
        var run = DateTimeOffset.UtcNow.ToString("MMddHHmmss", CultureInfo.InvariantCulture);
        var counsellor = new Actor(ActorRole.Counsellor, KurzantragSamples.AwoCounsellor, Committee, "awo");
        var secretariat = new Actor(ActorRole.Secretariat, "ausschuss-buergerdienste@stadt.dortmund.example", Committee);

        await output.WriteLineAsync($"1. Committee: {Committee} (config/committees/dortmund.json) — members, counsellors and periods are data.");
        var now = await client.NowAsync(cancellationToken);
        var startsAt = new DateTimeOffset(now.Date.AddDays(30).AddHours(9), TimeSpan.Zero);
        var session = await client.PlanSessionAsync(secretariat, Committee, "Regular", startsAt, cancellationToken);
        if (session is null)
        {
            await output.WriteLineAsync("   (this year's four regular sessions are planned already — the demo plans an ad hoc session instead)");
            session = await client.PlanSessionAsync(secretariat, Committee, "AdHoc", startsAt, cancellationToken)
                ?? throw new DemoException("the ad hoc session was refused too");
        }

        var sessionId = session["id"]!.GetValue<string>();
        await output.WriteLineAsync($"2. Secretariat planned session {sessionId} on {startsAt:yyyy-MM-dd}; its agenda closes 21 days before.");

        var formCase = await client.SubmitByFormAsync(counsellor, KurzantragSamples.Pdf(KurzantragSamples.Complete("D" + run + "F")), cancellationToken);
        await output.WriteLineAsync($"3. Counsellor submitted a Kurzantrag through the form (/api/antrag): case {formCase}.");
        var mailCase = await client.SubmitByMailAsync(counsellor, Committee, KurzantragSamples.Pdf(KurzantragSamples.Complete("D" + run + "M")), cancellationToken);
        await output.WriteLineAsync($"4. Counsellor sent one by e-mail (raw message into the inbox container): case {mailCase}; the confirmation mail is in the SMTP sink.");

        foreach (var caseNumber in new[] { formCase, mailCase })
        {
            await client.WaitForCaseAsync(secretariat, caseNumber, c => c["sessionId"]?.GetValue<string>() == sessionId, "scheduled for " + sessionId, cancellationToken);
        }

        var advance = startsAt - now - TimeSpan.FromDays(20);
        await client.AdvanceAsync(advance, cancellationToken);
        await output.WriteLineAsync($"5. Clock moved forward by {advance.TotalDays:0} days, past the agenda deadline.");
        foreach (var caseNumber in new[] { formCase, mailCase })
        {
            await client.WaitForCaseAsync(secretariat, caseNumber, c => c["status"]?.GetValue<string>() == "OnAgenda", "on the agenda", cancellationToken);
        }

        await output.WriteLineAsync("   Agenda, invitations (.ics) and pseudonymised dossiers went to the members in office and the secretariat; the ABH was told.");
        await client.PostAsync(secretariat, $"/api/sessions/{sessionId}/cases/{formCase}/assessment", new { recommendation = "HardshipRequest", text = "Das Gremium empfiehlt der Ausländerbehörde, ein Härtefallersuchen zu prüfen." }, cancellationToken);
        await client.PostAsync(secretariat, $"/api/sessions/{sessionId}/cases/{mailCase}/deferral", new { reason = "Stellungnahme der Schule wird nachgereicht." }, cancellationToken);
        await client.WaitForCaseAsync(secretariat, formCase, c => c["outcome"]?.GetValue<string>() == "Assessed", "assessed", cancellationToken);
        await output.WriteLineAsync($"6. Secretariat recorded the assessment of {formCase} (letter to the counsellor, notice to the ABH) and deferred {mailCase}.");
        await client.PostAsync(secretariat, $"/api/sessions/{sessionId}/conclusion", new { presentMemberIds = new[] { "wohlfahrt-1", "wohlfahrt-2", "ehrenamt-1", "abh-leitung" }, chair = "Petra Beispiel" }, cancellationToken);
        await output.WriteLineAsync("7. Session concluded: minutes generated for the secretariat only.");

        Directory.CreateDirectory(folder);
        await output.WriteLineAsync();
        await output.WriteLineAsync($"Documents (saved to {folder}; download URLs need a token of a role that may read them):");
        var saved = await client.SaveDocumentsAsync(secretariat, sessionId, formCase, folder, cancellationToken);
        foreach (var (kind, url, file) in saved)
        {
            await output.WriteLineAsync($"  {kind,-18} {file}");
            await output.WriteLineAsync($"  {"",-18} {url}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("Mails (agenda, invitations, letters, confirmations): the SMTP sink's web view, http://127.0.0.1:1080/");
    }

    private static string? Option(IReadOnlyList<string> arguments, string name)
    {
        for (var i = 0; i < arguments.Count - 1; i++)
        {
            if (arguments[i] == name)
            {
                return arguments[i + 1];
            }
        }

        return null;
    }
}
