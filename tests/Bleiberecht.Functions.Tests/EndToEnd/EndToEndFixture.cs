using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Application;
using Bleiberecht.Functions.Auth;
using Bleiberecht.Functions.Tests.App;
using Bleiberecht.Storage;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Tables;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.EndToEnd;

/// <summary>
/// The whole system as a counsellor, the secretariat and the members meet it: the app as a process (standalone, as
/// <c>bf run</c> starts it) on a private Azurite, mailing to a real SMTP sink, signed development tokens, and the
/// adjustable development clock (a TimeProvider moved over HTTP) to pass the committee's periods. The committee is
/// Dortmund's sample plus a former member whose term has ended.
/// </summary>
public sealed class EndToEndFixture : IAsyncLifetime
{
    public const string Committee = "dortmund";
    public const string FormerMemberId = "ehemalig-1";
    public const string FormerMemberEmail = "ehemalig@fluechtlingshilfe.dortmund.example";
    public const string SecretariatEmail = "ausschuss-buergerdienste@stadt.dortmund.example";
    public const string AuthorityEmail = "auslaenderbehoerde@stadt.dortmund.example";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly AzuriteFixture azurite = new();
    private readonly string committees = Path.Combine(Path.GetTempPath(), "bf-e2e-committees-" + Guid.NewGuid().ToString("N"));
    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);
    private AppProcess? app;

    public SmtpSinkFixture Sink { get; } = new();

    internal AppProcess App => app ?? throw new InvalidOperationException("not started");

    internal BlobServiceClient Blobs { get; private set; } = null!;

    internal TableServiceClient Tables { get; private set; } = null!;

    public static Actor Counsellor { get; } = new(ActorRole.Counsellor, KurzantragSamples.AwoCounsellor, Committee, "awo");

    public static Actor OtherCounsellor { get; } = new(ActorRole.Counsellor, "case.management@kim.dortmund.example", Committee, "kim");

    public static Actor Secretariat { get; } = new(ActorRole.Secretariat, SecretariatEmail, Committee);

    public static Actor Authority { get; } = new(ActorRole.ForeignersAuthority, AuthorityEmail, Committee);

    public static Actor Operator { get; } = new(ActorRole.Operator, "betrieb@it.dortmund.example");

    public static Actor Member(string id) => new(ActorRole.Member, id, Committee, MemberId: id);

    public async Task InitializeAsync()
    {
        await Task.WhenAll(azurite.InitializeAsync(), Sink.InitializeAsync());
        var account = StorageAccount.FromConnectionString(azurite.ConnectionString);
        (Blobs, Tables) = (account.CreateBlobServiceClient(), account.CreateTableServiceClient());
        WriteCommittees();
        var port = FreePorts.Take(1)[0];
        app = await AppProcess.StartAsync(
            new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Host__Queues__MinPollingInterval"] = "00:00:00.050",
                ["Host__Queues__MaxPollingInterval"] = "00:00:00.250",
                ["Host__Queues__VisibilityTimeout"] = "00:00:01",
                ["Host__BlobPollingInterval"] = "00:00:00.250",
                ["Committees__Directory"] = committees,
                ["Mail__Provider"] = "Smtp",
                ["Mail__From"] = "gremium@bleiberecht.localhost",
                ["Mail__SmtpHost"] = Sink.Host,
                ["Mail__SmtpPort"] = Sink.Port.ToString(CultureInfo.InvariantCulture),
                ["Auth__Mode"] = "Development",
                ["Auth__DevelopmentKey"] = Convert.ToBase64String(key),
                ["Development__AdjustableClock"] = "true",
            },
            port);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await Sink.DisposeAsync();
        await azurite.DisposeAsync();
        Directory.Delete(committees, recursive: true);
    }

    /// <summary>An HTTP client signed in as <paramref name="actor"/> with a development token.</summary>
    public HttpClient As(Actor actor)
    {
        var client = new HttpClient { BaseAddress = App.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(actor));
        return client;
    }

    /// <summary>A development token of <paramref name="actor"/> (what <c>auth token</c> prints), valid two hours of real time while the tests move the clock weeks ahead.</summary>
    public string TokenFor(Actor actor) => DevelopmentTokens.Issue(actor, DateTimeOffset.UtcNow.AddHours(2), key);

    /// <summary>The app's clock.</summary>
    public async Task<DateTimeOffset> NowAsync()
    {
        using var client = new HttpClient { BaseAddress = App.BaseAddress };
        var state = await client.GetFromJsonAsync<JsonObject>("/api/dev/clock", Json);
        return state!["now"]!.GetValue<DateTimeOffset>();
    }

    /// <summary>Moves the app's clock forward.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        using var client = new HttpClient { BaseAddress = App.BaseAddress };
        using var response = await client.PostAsJsonAsync("/api/dev/clock", new { advance = System.Xml.XmlConvert.ToString(by) }, Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Submits PDFs as <paramref name="actor"/> through the API; returns the HTTP status and the JSON answer.</summary>
    public async Task<(HttpStatusCode Status, JsonObject Body)> SubmitAsync(Actor actor, params (string Name, byte[] Content)[] files)
    {
        using var client = As(actor);
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, "files", name);
        }

        using var response = await client.PostAsync($"/api/committees/{Committee}/cases", form);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text) as JsonObject ?? throw new InvalidOperationException(text));
    }

    /// <summary>Submits a sample and returns its new case number (asserts 201).</summary>
    public async Task<string> SubmitNewCaseAsync(IReadOnlyDictionary<string, string?> values)
    {
        var (status, body) = await SubmitAsync(Counsellor, ("kurzantrag.pdf", KurzantragSamples.Pdf(values)));
        Assert.True(status == HttpStatusCode.Created, $"{status}: {body}");
        return body["caseNumber"]!.GetValue<string>();
    }

    /// <summary>The case as the secretariat sees it.</summary>
    public async Task<JsonObject> GetCaseAsync(string caseNumber)
    {
        using var client = As(Secretariat);
        return (await client.GetFromJsonAsync<JsonObject>($"/api/cases/{caseNumber}", Json))!;
    }

    /// <summary>Waits until the case satisfies <paramref name="condition"/> (the orchestration works in the background).</summary>
    public async Task<JsonObject> WaitForCaseAsync(string caseNumber, Func<JsonObject, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        JsonObject current;
        while (true)
        {
            current = await GetCaseAsync(caseNumber);
            if (condition(current))
            {
                return current;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Case {caseNumber} did not reach '{what}': {current}{Environment.NewLine}{App.Output[^Math.Min(App.Output.Length, 4000)..]}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Waits for the case's status (and outcome when given).</summary>
    public Task<JsonObject> WaitForStatusAsync(string caseNumber, string status, string? outcome = null) =>
        WaitForCaseAsync(
            caseNumber,
            c => c["status"]?.GetValue<string>() == status && (outcome is null || c["outcome"]?.GetValue<string>() == outcome),
            outcome is null ? status : $"{status}/{outcome}");

    /// <summary>Plans a session as the secretariat; returns the HTTP status and the JSON answer.</summary>
    public async Task<(HttpStatusCode Status, JsonObject Body)> PlanSessionAsync(string kind, DateTimeOffset startsAt, IReadOnlyList<string>? caseNumbers = null)
    {
        using var client = As(Secretariat);
        using var response = await client.PostAsJsonAsync($"/api/committees/{Committee}/sessions", new { kind, startsAt, place = "Rathaus Dortmund, Raum 1", caseNumbers }, Json);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text) as JsonObject ?? throw new InvalidOperationException(text));
    }

    /// <summary>POSTs <paramref name="body"/> as <paramref name="actor"/> and returns the status and text.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(Actor actor, string path, object body)
    {
        using var client = As(actor);
        using var response = await client.PostAsJsonAsync(path, body, Json);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The mails the sink received, read by our MIME reader.</summary>
    public IReadOnlyList<(ReceivedMail Raw, Documents.Mail.MailMessage Message)> Mails() =>
        Sink.Received.Select(m => (m, Documents.Mail.MimeMessageReader.Read(m.Raw))).ToArray();

    /// <summary>Waits for a mail to <paramref name="to"/> whose subject contains <paramref name="subjectPart"/>.</summary>
    public async Task<Documents.Mail.MailMessage> WaitForMailAsync(string to, string subjectPart)
    {
        var received = await Sink.WaitForMailsAsync(
            m => m.EnvelopeTo.Contains(to, StringComparer.OrdinalIgnoreCase)
                && (Documents.Mail.MimeMessageReader.Read(m.Raw).Subject ?? "").Contains(subjectPart, StringComparison.Ordinal),
            timeout: TimeSpan.FromSeconds(90));
        return Documents.Mail.MimeMessageReader.Read(received[0].Raw);
    }

    /// <summary>Every blob name in every container, and every entity's properties as text (for data-protection checks).</summary>
    public async Task<IReadOnlyList<string>> StoredTextsAsync()
    {
        var texts = new List<string>();
        // Every table and container the app declares (the list Bicep creates), including the workflow's.
        var resources = Bleiberecht.Functions.Deployment.StorageResourceCatalog.Default;
        foreach (var table in resources.Tables)
        {
            try
            {
                await foreach (var entity in Tables.GetTableClient(table).QueryAsync<TableEntity>())
                {
                    texts.Add($"{table}/{entity.PartitionKey}/{entity.RowKey}: " + string.Join("; ", entity.Select(p => $"{p.Key}={p.Value}")));
                }
            }
            catch (Azure.RequestFailedException e) when (e.Status == 404)
            {
                // Not created yet: holds nothing.
            }
        }

        foreach (var container in resources.Containers)
        {
            try
            {
                await foreach (var blob in Blobs.GetBlobContainerClient(container).GetBlobsAsync())
                {
                    texts.Add($"blob {container}/{blob.Name}");
                }
            }
            catch (Azure.RequestFailedException e) when (e.Status == 404)
            {
                // Not created yet.
            }
        }

        return texts;
    }

    private void WriteCommittees()
    {
        Directory.CreateDirectory(committees);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var dortmund = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "config", "committees", "dortmund.json")), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        dortmund["members"]!.AsArray().Add(new JsonObject
        {
            ["id"] = FormerMemberId,
            ["name"] = "Ehemaliges Mitglied",
            ["role"] = "VolunteerRefugeeAid",
            ["email"] = FormerMemberEmail,
            ["termStart"] = today.AddYears(-6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["termEnd"] = today.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        File.WriteAllText(Path.Combine(committees, "dortmund.json"), dortmund.ToJsonString());
        File.Copy(Path.Combine(RepoPaths.Root, "config", "committees", "kreis-unna.json"), Path.Combine(committees, "kreis-unna.json"));
    }
}
