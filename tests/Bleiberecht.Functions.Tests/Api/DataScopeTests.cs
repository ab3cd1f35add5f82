using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Functions.Tests.Api.Fakes;

namespace Bleiberecht.Functions.Tests.Api;

/// <summary>The data scope on top of the role table: committee, organisation, invitation, document kind.</summary>
public sealed class DataScopeTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private ApiHost Host => fixture.Host;

    public static TheoryData<string, string, int> DocumentCells() => new()
    {
        { ApiWorld.SubmissionDocument, "Counsellor", 200 },
        { ApiWorld.SubmissionDocument, "ForeignersAuthority", 403 },
        { ApiWorld.SubmissionDocument, "Member", 403 },
        { ApiWorld.MissingItemsDocument, "Counsellor", 200 },
        { ApiWorld.AssessmentLetterDocument, "Counsellor", 200 },
        { ApiWorld.AssessmentLetterDocument, "ForeignersAuthority", 200 },
        { ApiWorld.AuthorityNoticeDocument, "ForeignersAuthority", 200 },
        { ApiWorld.AuthorityNoticeDocument, "Counsellor", 403 },
        { ApiWorld.DossierDocument, "Member", 200 },
        { ApiWorld.DossierDocument, "Counsellor", 403 },
        { ApiWorld.DossierDocument, "ForeignersAuthority", 403 },
        { ApiWorld.DossierDocument, "Secretariat", 200 },
        { ApiWorld.AgendaDocument, "Member", 200 },
        { ApiWorld.AgendaDocument, "Counsellor", 403 },
        { ApiWorld.AgendaDocument, "ForeignersAuthority", 403 },
        { ApiWorld.OwnInvitationDocument, "Member", 200 },
        { ApiWorld.OtherInvitationDocument, "Member", 403 },
        { ApiWorld.MinutesDocument, "Secretariat", 200 },
        { ApiWorld.MinutesDocument, "Member", 403 },
        { ApiWorld.MinutesDocument, "ForeignersAuthority", 403 },
        { ApiWorld.MinutesDocument, "Counsellor", 403 },
        { ApiWorld.UnnaLetterDocument, "Secretariat", 403 },
        { ApiWorld.UnnaLetterDocument, "Counsellor", 403 },
        { ApiWorld.UnnaLetterDocument, "ForeignersAuthority", 403 },
    };

    [Theory]
    [MemberData(nameof(DocumentCells))]
    public async Task Document_download_follows_kind_and_scope(string documentId, string role, int expected)
    {
        using var response = await Host.GetAsync("/api/documents/" + documentId, ApiWorld.ByRole(role));

        Assert.Equal(expected, (int)response.StatusCode);
    }

    [Fact]
    public async Task Download_is_the_stored_file_with_its_safe_name_and_not_cached()
    {
        using var response = await Host.GetAsync("/api/documents/" + ApiWorld.AssessmentLetterDocument, ApiWorld.Counsellor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("einschaetzung.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(FakeDocumentStore.ContentOf(ApiWorld.AssessmentLetterDocument), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("Counsellor", "Submission,MissingItemsRequest,AssessmentLetter")]
    [InlineData("ForeignersAuthority", "AssessmentLetter,AuthorityNotice")]
    [InlineData("Secretariat", "Submission,MissingItemsRequest,AssessmentLetter,AuthorityNotice,Dossier")]
    public async Task Case_documents_list_only_what_the_role_may_read(string role, string kinds)
    {
        var list = await Host.Http.SendAsync(Authorized("/api/cases/BF-2026-0001/documents", ApiWorld.ByRole(role)!));

        Assert.Equal(kinds.Split(',').Order(), (await Kinds(list)).Order());
    }

    [Theory]
    [InlineData("Member", "Agenda,Invitation,Dossier")]
    [InlineData("Secretariat", "Agenda,Invitation,Invitation,Dossier,Minutes")]
    public async Task Session_documents_list_only_what_the_role_may_read(string role, string kinds)
    {
        var list = await Host.Http.SendAsync(Authorized("/api/sessions/BF-S-2026-04/documents", ApiWorld.ByRole(role)!));

        Assert.Equal(kinds.Split(',').Order(), (await Kinds(list)).Order());
    }

    [Theory]
    [InlineData("/api/cases/BF-2026-0001")]
    [InlineData("/api/committees/dortmund/cases")]
    [InlineData("/api/committees/dortmund/sessions")]
    [InlineData("/api/sessions/BF-S-2026-04")]
    [InlineData("/api/committees/dortmund/statistics/2026")]
    public async Task Secretariat_of_another_committee_gets_403(string path)
    {
        using var response = await Host.GetAsync(path, ApiWorld.UnnaSecretariat);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains((await ProblemBody.ReadAsync(response)).Fields.Single(), new[] { "committee", "caseNumber", "sessionId" });
    }

    [Fact]
    public async Task Counsellor_sees_only_the_own_organisations_cases()
    {
        using var other = await Host.GetAsync("/api/cases/BF-2026-0001", ApiWorld.OtherCounsellor);
        using var list = await Host.GetAsync("/api/committees/dortmund/cases?year=2026", ApiWorld.OtherCounsellor);
        using var withdrawal = await Host.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/cases/BF-2026-0001/consent-revocation"), ApiWorld.OtherCounsellor);

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withdrawal.StatusCode);
        var numbers = (await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(c => c.GetProperty("caseNumber").GetString()!).ToArray();
        Assert.Equal([ApiWorld.OtherOrganisationCase], numbers);
    }

    [Fact]
    public async Task Member_sees_only_sessions_they_are_invited_to()
    {
        using var uninvited = await Host.GetAsync("/api/sessions/BF-S-2026-04", ApiWorld.UninvitedMember);
        using var invitedList = await Host.GetAsync("/api/committees/dortmund/sessions?year=2026", ApiWorld.Member);
        using var uninvitedList = await Host.GetAsync("/api/committees/dortmund/sessions?year=2026", ApiWorld.UninvitedMember);

        Assert.Equal(HttpStatusCode.Forbidden, uninvited.StatusCode);
        Assert.Equal(["BF-S-2026-04"], (await invitedList.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToArray());
        Assert.Empty((await uninvitedList.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
    }

    [Fact]
    public async Task Operator_sees_status_and_custom_status_but_never_inputs_or_outputs()
    {
        using var one = await Host.GetAsync("/api/operations/orchestrations/BF-2026-0001", ApiWorld.Operator);
        using var page = await Host.GetAsync("/api/operations/orchestrations?status=Running", ApiWorld.Operator);
        var text = await one.Content.ReadAsStringAsync() + await page.Content.ReadAsStringAsync();
        var instance = JsonDocument.Parse(await one.Content.ReadAsStringAsync()).RootElement;
        var items = (await page.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("instanceId").GetString());

        Assert.Equal("Running", instance.GetProperty("runtimeStatus").GetString());
        Assert.Equal("CaseLifecycle", instance.GetProperty("name").GetString());
        Assert.Equal("OnAgenda", instance.GetProperty("customStatus").GetProperty("status").GetString());
        Assert.Equal(["BF-2026-0001", "BF-S-2026-04"], items);
        Assert.DoesNotContain("Amina", text, StringComparison.Ordinal);
        Assert.DoesNotContain("applicant", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_orchestration_status_filter_gets_400_naming_status()
    {
        using var response = await Host.GetAsync("/api/operations/orchestrations?status=Sleeping", ApiWorld.Operator);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["status"], (await ProblemBody.ReadAsync(response)).Fields);
    }

    private HttpRequestMessage Authorized(string path, Actor actor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Host.TokenFor(actor));
        return request;
    }

    private static async Task<string[]> Kinds(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(d => d.GetProperty("kind").GetString()!).ToArray();
    }
}
