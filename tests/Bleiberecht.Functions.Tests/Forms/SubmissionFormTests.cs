using System.Net;
using System.Text.RegularExpressions;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Functions.Forms;
using Bleiberecht.Functions.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bleiberecht.Functions.Tests.Forms;

/// <summary>The form over HTTP without a browser: markup, access, antiforgery, encoding, limits, the intake's answers.</summary>
public sealed partial class SubmissionFormTests(FormHost host) : IClassFixture<FormHost>
{
    [Fact]
    public void The_app_serves_the_form_pages()
    {
        var app = FunctionApp.Build(["--AzureWebJobsStorage=UseDevelopmentStorage=true"]);
        try
        {
            var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
                .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
                .ToHashSet(StringComparer.Ordinal);

            Assert.Subset(routes, new HashSet<string>(["GET /api/antrag", "POST /api/antrag", "GET /api/antrag/{caseNumber}/nachreichen", "POST /api/antrag/{caseNumber}/nachreichen"]));
        }
        finally
        {
            ((IDisposable)app).Dispose();
        }
    }

    [Theory]
    [InlineData(ActorRole.Secretariat)]
    [InlineData(ActorRole.Member)]
    [InlineData(ActorRole.ForeignersAuthority)]
    [InlineData(ActorRole.Operator)]
    public async Task Only_counsellors_get_the_forms(ActorRole role)
    {
        host.Cases.Add("BF-2026-0555", "dortmund", "awo");
        using var client = host.Client(new Actor(role, "person@dortmund.example", role == ActorRole.Operator ? null : "dortmund", "awo"));
        foreach (var path in new[] { "/api/antrag", "/api/antrag/BF-2026-0555/nachreichen" })
        {
            var (response, html) = await FormClient.GetAsync(client, path);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("<title>Fehler: Kein Zugang zum Antragsformular – Bleiberecht fördern</title>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Anonymous_visitor_gets_a_german_page_explaining_how_to_sign_in()
    {
        using var client = host.Client();
        var (response, html) = await FormClient.GetAsync(client, "/api/antrag");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Anmeldung erforderlich – Bleiberecht fördern</title>", html, StringComparison.Ordinal);
        Assert.Contains("auth token --role Counsellor", html, StringComparison.Ordinal);
        Assert.Contains("/api/dev/anmelden?token=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secretariat_may_not_use_the_counsellors_form()
    {
        using var client = host.Client(new Actor(ActorRole.Secretariat, "geschaeftsstelle@dortmund.example", "dortmund"));
        var (response, html) = await FormClient.GetAsync(client, "/api/antrag");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Kein Zugang zum Antragsformular", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_input_has_a_label_and_the_page_has_a_skip_link_headings_in_order_and_the_blank_forms()
    {
        using var client = host.Client(FormHost.Counsellor);
        var (response, html) = await FormClient.GetAsync(client, "/api/antrag");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Kurzantrag einreichen – Bleiberecht fördern</title>", html, StringComparison.Ordinal);
        Assert.Matches("<body>\\s*<a class=\"skip\" href=\"#inhalt\">Zum Inhalt springen</a>", html);
        Assert.Contains("<main id=\"inhalt\"", html, StringComparison.Ordinal);

        var inputs = Inputs().Matches(html).Select(m => m.Value).Where(i => !i.Contains("type=\"hidden\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, inputs.Count);
        foreach (var input in inputs)
        {
            var id = IdOf().Match(input).Groups[1].Value;
            Assert.Contains($"<label for=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.Equal([1, 2, 2], Headings().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        Assert.Contains("<a href=\"/api/forms/kurzantrag.pdf\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/api/forms/einwilligung.pdf\">", html, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Antrag einreichen</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_without_the_antiforgery_token_is_refused_and_nothing_is_submitted()
    {
        using var client = host.Client(FormHost.Counsellor);
        var before = host.Intake.Submissions.Count;
        var (response, html) = await FormClient.PostAsync(client, "/api/antrag", "/api/antrag", [("antrag", "antrag.pdf", Pdfs.Complete())], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<title>Fehler: Kurzantrag einreichen", html, StringComparison.Ordinal);
        Assert.Contains("Das Formular war abgelaufen oder wurde nicht von dieser Seite gesendet.", html, StringComparison.Ordinal);
        Assert.Equal(before, host.Intake.Submissions.Count);
    }

    [Fact]
    public async Task Complete_application_is_confirmed_with_its_case_number_and_reaches_the_intake_as_a_form_submission()
    {
        using var client = host.Client(FormHost.Counsellor);
        var (response, html) = await FormClient.PostAsync(client, "/api/antrag", "/api/antrag", [("antrag", "kurzantrag-öztürk.pdf", Pdfs.Complete())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var caseNumber = CaseNumberHeading().Match(html);
        Assert.True(caseNumber.Success, html);
        Assert.Contains("Der Antrag ist vollständig.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Was noch fehlt", html, StringComparison.Ordinal);
        var request = host.Intake.Submissions.Last();
        Assert.Equal(("dortmund", IntakeChannel.Form, FormHost.Counsellor.Subject), (request.CommitteeId, request.Channel, request.CounsellorEmail));
        Assert.Equal(host.Clock.GetUtcNow(), request.ReceivedAt);
        Assert.Equal("kurzantrag-öztürk.pdf", Assert.Single(request.Files).Name);
    }

    [Fact]
    public async Task Application_without_consent_is_accepted_and_the_page_lists_what_is_missing_with_a_form_to_send_it()
    {
        using var client = host.Client(FormHost.Counsellor);
        var (response, html) = await FormClient.PostAsync(client, "/api/antrag", "/api/antrag", [("antrag", "antrag.pdf", Pdfs.WithoutConsent())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var number = CaseNumberHeading().Match(html).Groups[1].Value;
        Assert.Contains("(unvollständig)", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Was noch fehlt</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Einwilligung", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"/api/antrag/{number}/nachreichen\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"dateien\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_file_renamed_pdf_is_rejected_with_the_error_in_the_summary_and_at_the_field()
    {
        using var client = host.Client(FormHost.Counsellor);
        var (response, html) = await FormClient.PostAsync(client, "/api/antrag", "/api/antrag", [("antrag", "notiz.pdf", Pdfs.Text())]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        const string message = "Die Datei „notiz.pdf“ ist keine PDF-Datei. Bitte den Kurzantrag als PDF senden.";
        Assert.Contains("<title>Fehler: Kurzantrag einreichen – Bleiberecht fördern</title>", html, StringComparison.Ordinal);
        Assert.Matches("<div class=\"error-summary\" role=\"alert\"[^>]*>\\s*<h2 id=\"fehler-titel\">", html);
        Assert.Contains($"<li><a href=\"#antrag\">{message}</a></li>", html, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"field-error\" id=\"antrag-fehler\"><p><span class=\"visually-hidden\">Fehler: </span>{message}</p></div>", html, StringComparison.Ordinal);
        Assert.Matches("<input type=\"file\" id=\"antrag\" [^>]*aria-describedby=\"antrag-hinweis antrag-fehler\" aria-invalid=\"true\">", html);
        Assert.Matches("<input type=\"file\" id=\"einwilligung\" [^>]*aria-describedby=\"einwilligung-hinweis\">", html);
    }

    [Fact]
    public async Task Bad_separate_consent_file_is_tied_to_the_consent_field()
    {
        using var client = host.Client(FormHost.Counsellor);
        var (response, html) = await FormClient.PostAsync(
            client, "/api/antrag", "/api/antrag", [("antrag", "antrag.pdf", Pdfs.WithoutConsent()), ("einwilligung", "einwilligung.pdf", Pdfs.Text())]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("<li><a href=\"#einwilligung\">Die Datei „einwilligung.pdf“ ist keine PDF-Datei.", html, StringComparison.Ordinal);
        Assert.Matches("<input type=\"file\" id=\"einwilligung\" [^>]*aria-invalid=\"true\">", html);
        Assert.DoesNotMatch("<input type=\"file\" id=\"antrag\" [^>]*aria-invalid", html);
    }

    [Fact]
    public async Task Problem_of_the_whole_submission_is_in_the_summary_without_marking_a_field()
    {
        using var client = host.Client(FormHost.Counsellor with { Subject = FakeCaseIntake.UnregisteredCounsellor });
        var (response, html) = await FormClient.PostAsync(client, "/api/antrag", "/api/antrag", [("antrag", "antrag.pdf", Pdfs.Complete())]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("<li>Ihre E-Mail-Adresse ist bei diesem Gremium nicht als beratende Stelle registriert.</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-invalid", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_names_are_shown_as_text_never_as_markup()
    {
        using var client = host.Client(FormHost.Counsellor);
        var (response, html) = await FormClient.PostAsync(client, "/api/antrag", "/api/antrag", [("antrag", "<script>alert(1)</script>&.pdf", Pdfs.Text())]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("„&lt;script&gt;alert(1)&lt;/script&gt;&amp;.pdf“", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_without_a_file_asks_for_the_application_at_its_field()
    {
        using var client = host.Client(FormHost.Counsellor);
        var (response, html) = await FormClient.PostAsync(client, "/api/antrag", "/api/antrag", []);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("<li><a href=\"#antrag\">Bitte wählen Sie den unterschriebenen Kurzantrag als PDF-Datei aus.</a></li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_declaring_more_than_the_limit_gets_a_friendly_page_without_the_body_being_read()
    {
        using var client = host.Client(FormHost.Counsellor);
        var before = host.Intake.Submissions.Count;
        using var content = new ByteArrayContent(new byte[FormLimits.MaxRequestBytes + 1]);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=grenze");

        // Expect: 100-continue: the client sends the body only once the server starts reading it — it never does.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/antrag", UriKind.Relative)) { Content = content };
        request.Headers.ExpectContinue = true;
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("<title>Fehler: Kurzantrag einreichen", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#antrag\">Die Dateien sind zu groß. Erlaubt sind höchstens 10 MB je Datei und 20 MB zusammen.", html, StringComparison.Ordinal);
        Assert.Equal(before, host.Intake.Submissions.Count);
    }

    [Fact]
    public async Task Chunked_post_over_the_limit_is_cut_off_by_the_servers_body_limit()
    {
        using var client = host.Client(FormHost.Counsellor);
        var big = new byte[FormLimits.MaxRequestBytes + 1024];
        using var content = new MultipartFormDataContent { { new ByteArrayContent(big), "antrag", "gross.pdf" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/antrag", UriKind.Relative)) { Content = new ChunkedContent(content) };
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Die Dateien sind zu groß.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counsellor_sends_missing_documents_for_a_case_of_their_organisation()
    {
        host.Cases.Add("BF-2026-0777", "dortmund", "awo");
        using var client = host.Client(FormHost.Counsellor);
        var (response, html) = await FormClient.PostAsync(
            client, "/api/antrag/BF-2026-0777/nachreichen", "/api/antrag/BF-2026-0777/nachreichen", [("dateien", "einwilligung.pdf", Pdfs.Consent())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Unterlagen eingegangen</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"case-number\" id=\"vorgangsnummer\">BF-2026-0777</span>", html, StringComparison.Ordinal);
        var (caseNumber, request) = host.Intake.Additions.Last();
        Assert.Equal(("BF-2026-0777", "einwilligung.pdf", IntakeChannel.Form), (caseNumber, Assert.Single(request.Files).Name, request.Channel));
    }

    [Fact]
    public async Task Documents_for_a_closed_case_are_refused_with_the_reason_on_the_form()
    {
        host.Cases.Add(FakeCaseIntake.ClosedCase, "dortmund", "awo");
        using var client = host.Client(FormHost.Counsellor);
        var path = $"/api/antrag/{FakeCaseIntake.ClosedCase}/nachreichen";
        var (response, html) = await FormClient.PostAsync(client, path, path, [("dateien", "einwilligung.pdf", Pdfs.Consent())]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("<title>Fehler: Unterlagen nachreichen BF-2026-0666 – Bleiberecht fördern</title>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Der Vorgang ist abgeschlossen; Unterlagen können nicht mehr nachgereicht werden.</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case_of_another_organisation_or_unknown_case_looks_the_same_and_takes_nothing()
    {
        host.Cases.Add("BF-2026-0888", "dortmund", "drk");
        using var client = host.Client(FormHost.Counsellor);
        var before = host.Intake.Additions.Count;

        var (foreign, foreignHtml) = await FormClient.GetAsync(client, "/api/antrag/BF-2026-0888/nachreichen");
        var (unknown, unknownHtml) = await FormClient.GetAsync(client, "/api/antrag/BF-2026-0999/nachreichen");
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Pdfs.Consent()), "dateien", "einwilligung.pdf" } };
        using var post = await client.PostAsync(new Uri("/api/antrag/BF-2026-0888/nachreichen", UriKind.Relative), content);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (foreign.StatusCode, unknown.StatusCode, post.StatusCode));
        Assert.Contains("Zu dieser Vorgangsnummer gibt es keinen Vorgang Ihrer Beratungsstelle.", foreignHtml, StringComparison.Ordinal);
        Assert.Equal(foreignHtml, unknownHtml);
        Assert.Equal(before, host.Intake.Additions.Count);
    }

    [GeneratedRegex("<input [^>]*>")]
    private static partial Regex Inputs();

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdOf();

    [GeneratedRegex("<h([1-6])[ >]")]
    private static partial Regex Headings();

    [GeneratedRegex("<h2 id=\"vorgangsnummer-titel\">Vorgangsnummer <span class=\"case-number\" id=\"vorgangsnummer\">(BF-2026-\\d{4})</span></h2>")]
    private static partial Regex CaseNumberHeading();
}
