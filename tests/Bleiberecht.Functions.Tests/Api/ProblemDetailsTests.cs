using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Bleiberecht.Functions.Tests.Api;

/// <summary>Every error is application/problem+json with type, title, status, German detail and errors naming the field.</summary>
public sealed class ProblemDetailsTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private ApiHost Host => fixture.Host;

    [Fact]
    public async Task Anonymous_call_gets_401_problem_naming_the_authorization_header()
    {
        using var response = await Host.GetAsync("/api/cases/BF-2026-0001", actor: null);
        var problem = await ProblemBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("urn:bleiberecht:problem:unauthenticated", problem.Type);
        Assert.Equal("Nicht angemeldet", problem.Title);
        Assert.Equal(401, problem.Status);
        Assert.Equal("Bitte melden Sie sich an.", problem.Detail);
        Assert.Equal(["Authorization"], problem.Fields);
    }

    [Fact]
    public async Task Fifth_regular_session_of_a_year_is_refused_with_422_naming_startsAt()
    {
        using var response = await Host.SendAsync(Json(HttpMethod.Post, "/api/committees/dortmund/sessions", """{"kind":"Regular","startsAt":"2027-09-15T16:00:00+02:00","place":"Rathaus"}"""), ApiWorld.Secretariat);
        var problem = await ProblemBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("regular-sessions-exhausted", problem.Code);
        Assert.Equal(["startsAt"], problem.Fields);
        Assert.Contains("höchstens 4", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Planned_session_answers_201_with_its_location_and_deadlines()
    {
        using var response = await Host.SendAsync(Json(HttpMethod.Post, "/api/committees/dortmund/sessions", """{"kind":"Regular","startsAt":"2028-03-01T16:00:00+01:00","place":"Rathaus","duration":"01:30:00"}"""), ApiWorld.Secretariat);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/sessions/BF-S-2028-01", response.Headers.Location?.OriginalString);
        Assert.Equal("Regular", body.GetProperty("kind").GetString());
        Assert.Equal("Planned", body.GetProperty("status").GetString());
        Assert.Equal(DateTimeOffset.Parse("2028-02-09T16:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture), body.GetProperty("agendaClosesAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Rejected_submission_gets_422_with_every_problem_and_the_field()
    {
        using var response = await Host.SendAsync(Upload("/api/committees/dortmund/cases", "brief.docx", "PK\u0003\u0004 not a pdf"), ApiWorld.Counsellor);
        var problem = await ProblemBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("submission-rejected", problem.Code);
        Assert.Equal(["files"], problem.Fields);
        Assert.Equal("Die Datei „brief.docx“ ist kein PDF.", problem.FirstError("files"));
        var first = problem.Root.GetProperty("problems")[0];
        Assert.Equal("not-pdf", first.GetProperty("code").GetString());
        Assert.Equal("The file 'brief.docx' is not a PDF.", first.GetProperty("messageEn").GetString());
    }

    [Fact]
    public async Task Accepted_submission_answers_201_then_200_for_the_same_file_with_the_missing_consent_named()
    {
        using var first = await Host.SendAsync(Upload("/api/committees/dortmund/cases", "antrag.pdf", "%PDF-1.7 ohne-einwilligung 1"), ApiWorld.Counsellor);
        using var again = await Host.SendAsync(Upload("/api/committees/dortmund/cases", "antrag.pdf", "%PDF-1.7 ohne-einwilligung 1"), ApiWorld.Counsellor);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>();
        var existing = await again.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var number = created.GetProperty("caseNumber").GetString();
        Assert.Equal(number, existing.GetProperty("caseNumber").GetString());
        Assert.Equal($"/api/cases/{number}", first.Headers.Location?.OriginalString);
        Assert.Equal($"/api/cases/{number}", again.Headers.Location?.OriginalString);
        Assert.Equal("consent-missing", created.GetProperty("problems")[0].GetProperty("code").GetString());
        Assert.Equal("einwilligung_unterschrift", created.GetProperty("problems")[0].GetProperty("field").GetString());
        var requests = Host.World.Intake.Requests.Where(r => Encoding.Latin1.GetString(r.Files[0].Content) == "%PDF-1.7 ohne-einwilligung 1").ToArray();
        Assert.Equal(2, requests.Length);
        Assert.All(requests, r => Assert.Equal(("dortmund", Bleiberecht.Cases.Contracts.IntakeChannel.Api, ApiWorld.Counsellor.Subject, "antrag.pdf"), (r.CommitteeId, r.Channel, r.CounsellorEmail, r.Files[0].Name)));
    }

    [Fact]
    public async Task Upload_without_multipart_gets_415_naming_the_content_type()
    {
        using var response = await Host.SendAsync(Json(HttpMethod.Post, "/api/committees/dortmund/cases", "{}"), ApiWorld.Counsellor);
        var problem = await ProblemBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(["Content-Type"], problem.Fields);
        Assert.Contains("multipart/form-data", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Multipart_upload_without_files_gets_400_naming_files()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        using var response = await Host.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/committees/dortmund/cases") { Content = form }, ApiWorld.Counsellor);
        var problem = await ProblemBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["files"], problem.Fields);
    }

    [Fact]
    public async Task Exclusion_without_fact_gets_400_naming_fact()
    {
        using var response = await Host.SendAsync(Json(HttpMethod.Post, "/api/cases/BF-2026-0001/exclusions", "{}"), ApiWorld.Authority);
        var problem = await ProblemBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["fact"], problem.Fields);
        Assert.StartsWith("Bitte den Ausschlussgrund angeben", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_that_is_not_json_gets_400_problem_naming_the_body()
    {
        using var response = await Host.SendAsync(Json(HttpMethod.Post, "/api/cases/BF-2026-0001/exclusions", "{fact:"), ApiWorld.Authority);
        var problem = await ProblemBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["body"], problem.Fields);
    }

    [Fact]
    public async Task Assessment_category_deferred_is_refused_naming_recommendation()
    {
        using var response = await Host.SendAsync(Json(HttpMethod.Post, "/api/sessions/BF-S-2026-04/cases/BF-2026-0001/assessment", """{"recommendation":"Deferred","text":"x"}"""), ApiWorld.Secretariat);
        var problem = await ProblemBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["recommendation"], problem.Fields);
    }

    [Fact]
    public async Task Withdrawing_a_closed_case_gets_409_with_the_domain_code_and_German_text()
    {
        using var response = await Host.SendAsync(Json(HttpMethod.Post, "/api/cases/BF-2026-0003/withdrawal", "{}"), ApiWorld.Counsellor);
        var problem = await ProblemBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("urn:bleiberecht:problem:case-closed", problem.Type);
        Assert.Equal("Der Fall BF-2026-0003 ist bereits abgeschlossen.", problem.Detail);
        Assert.Equal("The case BF-2026-0003 is already closed.", problem.Root.GetProperty("detailEn").GetString());
        Assert.Equal(["caseNumber"], problem.Fields);
    }

    [Theory]
    [InlineData("/api/cases/BF-2026-0999", "caseNumber")]
    [InlineData("/api/committees/hamburg/cases", "committee")]
    [InlineData("/api/sessions/BF-S-2026-09", "sessionId")]
    [InlineData("/api/documents/documents/cases/BF-2026-0001/fehlt.pdf", "documentId")]
    [InlineData("/api/gibt-es-nicht", "path")]
    public async Task Unknown_resource_gets_404_problem_naming_the_field(string path, string field)
    {
        using var response = await Host.GetAsync(path, ApiWorld.Secretariat);
        var problem = await ProblemBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal([field], problem.Fields);
    }

    [Fact]
    public async Task Failure_inside_a_service_gets_500_problem_without_the_exception_text()
    {
        using var response = await Host.GetAsync("/api/committees/dortmund/statistics/2099", ApiWorld.Secretariat);
        var text = await response.Content.ReadAsStringAsync();
        var problem = await ProblemBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("internal-error", problem.Code);
        Assert.Equal(["request"], problem.Fields);
        Assert.DoesNotContain("secret-detail", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actions_reach_the_domain_service_with_the_acting_person()
    {
        using var response = await Host.SendAsync(Json(HttpMethod.Post, "/api/cases/BF-2026-0001/exclusions", """{"fact":"CourtProcedurePending"}"""), ApiWorld.Authority);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains("exclusion:CourtProcedurePending BF-2026-0001 by ForeignersAuthority:auslaenderbehoerde@stadt.dortmund.example", Host.World.Cases.Calls);
    }

    private static HttpRequestMessage Json(HttpMethod method, string path, string json) =>
        new(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static HttpRequestMessage Upload(string path, string fileName, string content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.Latin1.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "files", fileName);
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
    }
}
