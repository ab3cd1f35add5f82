using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Mail;
using Bleiberecht.Functions.Auth;
using Bleiberecht.Storage;

namespace Bleiberecht.Functions.Demo;

/// <summary>The demo's view of the running system: its HTTP API and form, signed development tokens, the inbox container.</summary>
internal sealed partial class DemoClient(Uri baseAddress, byte[] key, string storageConnectionString, TextWriter progress) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan WaitLimit = TimeSpan.FromMinutes(3);
    private readonly HttpClient http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public void Dispose() => http.Dispose();

    public async Task CheckReadyAsync(CancellationToken cancellationToken)
    {
        using var health = await http.GetAsync("/api/health", cancellationToken);
        if (!health.IsSuccessStatusCode)
        {
            throw new DemoException($"/api/health answered {(int)health.StatusCode}.");
        }

        using var clock = await http.GetAsync("/api/dev/clock", cancellationToken);
        if (clock.StatusCode == HttpStatusCode.NotFound)
        {
            throw new DemoException("the app runs without the development clock: start it with ./bf run (Development__AdjustableClock=true).");
        }
    }

    public async Task<DateTimeOffset> NowAsync(CancellationToken cancellationToken)
    {
        var state = await http.GetFromJsonAsync<JsonObject>("/api/dev/clock", Json, cancellationToken);
        return state!["now"]!.GetValue<DateTimeOffset>();
    }

    public async Task AdvanceAsync(TimeSpan by, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/dev/clock", new { advance = XmlConvert.ToString(by) }, Json, cancellationToken);
        await EnsureAsync(response, "moving the clock", cancellationToken);
    }

    /// <summary>Plans a session; null when the rules refuse it (the refusal is printed).</summary>
    public async Task<JsonObject?> PlanSessionAsync(Actor secretariat, string committee, string kind, DateTimeOffset startsAt, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, $"/api/committees/{committee}/sessions", secretariat);
        request.Content = JsonContent.Create(new { kind, startsAt, place = "Rathaus Dortmund, Friedensplatz 1, Raum 103" }, options: Json);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Json, cancellationToken);
            await progress.WriteLineAsync("   refused: " + problem?["detail"]);
            return null;
        }

        await EnsureAsync(response, "planning a session", cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonObject>(Json, cancellationToken);
    }

    /// <summary>Submits through the HTML form as a browser does (development sign-in cookie, antiforgery token); returns the case number shown.</summary>
    public async Task<string> SubmitByFormAsync(Actor counsellor, byte[] application, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        cookies.Add(http.BaseAddress!, new Cookie(DevelopmentTokens.CookieName, Token(counsellor)));
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = http.BaseAddress, Timeout = http.Timeout };
        var page = await browser.GetStringAsync("/api/antrag", cancellationToken);
        var token = HiddenInput().Match(page);
        if (!token.Success)
        {
            throw new DemoException("the form page has no antiforgery field.");
        }

        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups["value"].Value)), WebUtility.HtmlDecode(token.Groups["name"].Value) },
        };
        var file = new ByteArrayContent(application);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "antrag", "kurzantrag.pdf");
        using var response = await browser.PostAsync("/api/antrag", form, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        return CaseNumber().Match(html) is { Success: true } match
            ? match.Value
            : throw new DemoException($"the form answered {(int)response.StatusCode} without a case number.");
    }

    /// <summary>Drops a raw message into the inbox container (as a mail gateway does) and waits for its case.</summary>
    public async Task<string> SubmitByMailAsync(Actor counsellor, string committee, byte[] application, CancellationToken cancellationToken)
    {
        var year = (await NowAsync(cancellationToken)).Year;
        var before = await CaseNumbersAsync(counsellor, committee, year, cancellationToken);
        var id = Guid.NewGuid().ToString("N");
        var message = MimeMessageWriter.Write(new OutgoingMail
        {
            From = new MailAddress("Flüchtlingsberatung AWO", counsellor.Subject),
            To = [new MailAddress(null, "antraege@bleiberecht.localhost")],
            Subject = "Kurzantrag mit Einwilligungserklärung",
            Date = DateTimeOffset.UtcNow,
            MessageId = $"<{id}@awo.dortmund.example>",
            TextBody = "Guten Tag,\n\nanbei der Kurzantrag mit der unterschriebenen Einwilligungserklärung.\n\nMit freundlichen Grüßen\nFlüchtlingsberatung AWO",
            Attachments = [new OutgoingAttachment("kurzantrag.pdf", "application/pdf", application)],
        });
        var blobs = StorageAccount.FromConnectionString(storageConnectionString).CreateBlobServiceClient();
        await blobs.GetBlobContainerClient("inbox").GetBlobClient($"{committee}/{id}.eml").UploadAsync(BinaryData.FromBytes(message), overwrite: true, cancellationToken);

        var deadline = DateTimeOffset.UtcNow + WaitLimit;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var added = (await CaseNumbersAsync(counsellor, committee, year, cancellationToken)).Except(before).ToList();
            if (added.Count > 0)
            {
                return added[0];
            }

            await Task.Delay(500, cancellationToken);
        }

        throw new DemoException("no case appeared for the e-mail within three minutes (see the app's log).");
    }

    public async Task<JsonObject> WaitForCaseAsync(Actor actor, string caseNumber, Func<JsonObject, bool> condition, string what, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + WaitLimit;
        JsonObject? current = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            using var request = Request(HttpMethod.Get, $"/api/cases/{caseNumber}", actor);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                current = await response.Content.ReadFromJsonAsync<JsonObject>(Json, cancellationToken);
                if (current is not null && condition(current))
                {
                    return current;
                }
            }

            await Task.Delay(500, cancellationToken);
        }

        throw new DemoException($"case {caseNumber} did not become '{what}' within three minutes: {current?.ToJsonString()}");
    }

    public async Task PostAsync(Actor actor, string path, object body, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, path, actor);
        request.Content = JsonContent.Create(body, options: Json);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, "POST " + path, cancellationToken);
    }

    /// <summary>Saves the session's agenda and minutes and the case's letters; returns kind, download URL and file.</summary>
    public async Task<IReadOnlyList<(string Kind, string Url, string File)>> SaveDocumentsAsync(Actor secretariat, string sessionId, string caseNumber, string folder, CancellationToken cancellationToken)
    {
        var wanted = new[] { "Agenda", "Invitation", "Dossier", "Minutes", "AssessmentLetter", "AuthorityNotice" };
        var documents = new List<JsonNode?>();
        var deadline = DateTimeOffset.UtcNow + WaitLimit;
        while (true)
        {
            documents.Clear();
            documents.AddRange(await GetArrayAsync(secretariat, $"/api/sessions/{sessionId}/documents", cancellationToken));
            documents.AddRange(await GetArrayAsync(secretariat, $"/api/cases/{caseNumber}/documents", cancellationToken));
            if (documents.Any(d => d?["kind"]?.GetValue<string>() == "Minutes") || DateTimeOffset.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(500, cancellationToken);
        }

        var saved = new List<(string, string, string)>();
        foreach (var document in documents.Where(d => wanted.Contains(d?["kind"]?.GetValue<string>())).DistinctBy(d => d!["id"]!.GetValue<string>()))
        {
            var id = document!["id"]!.GetValue<string>();
            var kind = document["kind"]!.GetValue<string>();
            var url = "/api/documents/" + id;
            using var request = Request(HttpMethod.Get, url, secretariat);
            using var response = await http.SendAsync(request, cancellationToken);
            await EnsureAsync(response, "downloading " + kind, cancellationToken);
            var owner = document["caseNumber"]?.GetValue<string>() ?? document["sessionId"]?.GetValue<string>();
            var file = Path.Combine(folder, $"{kind}-{owner}-{document["fileName"]!.GetValue<string>()}");
            await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync(cancellationToken), cancellationToken);
            saved.Add((kind, new Uri(http.BaseAddress!, url).ToString(), file));
        }

        return saved.OrderBy(s => Array.IndexOf(wanted, s.Item1)).ToList();
    }

    private async Task<IReadOnlyList<string>> CaseNumbersAsync(Actor counsellor, string committee, int year, CancellationToken cancellationToken) =>
        (await GetArrayAsync(counsellor, $"/api/committees/{committee}/cases?year={year}", cancellationToken))
            .Select(c => c?["caseNumber"]?.GetValue<string>())
            .OfType<string>()
            .ToList();

    private async Task<JsonArray> GetArrayAsync(Actor actor, string path, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, path, actor);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, "GET " + path, cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonArray>(Json, cancellationToken) ?? [];
    }

    private HttpRequestMessage Request(HttpMethod method, string path, Actor actor)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(actor));
        return request;
    }

    private string Token(Actor actor) => DevelopmentTokens.Issue(actor, DateTimeOffset.UtcNow.AddHours(1), key);

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new DemoException($"{what} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex(@"\b[A-Z]{1,5}-\d{4}-\d{4,6}\b")]
    private static partial Regex CaseNumber();
}
