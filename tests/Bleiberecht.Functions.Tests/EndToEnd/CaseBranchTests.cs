using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Functions.Tests.EndToEnd;

/// <summary>
/// The branches of a case that need no session: missing consent (late, or never), not admissible, withdrawal,
/// consent revoked (purge), an asylum application reported after submission, a duplicate upload.
/// Every test has its own applicant; the clock only moves forward, so each test asserts its own case only.
/// </summary>
public sealed class CaseBranchTests(EndToEndFixture fx) : IClassFixture<EndToEndFixture>
{
    [Fact]
    public async Task Consent_sent_after_the_reminder_lets_the_case_go_on()
    {
        var (status, body) = await fx.SubmitAsync(EndToEndFixture.Counsellor, ("antrag.pdf", KurzantragSamples.Pdf(KurzantragSamples.WithoutConsent("LC1"))));
        Assert.True(status == HttpStatusCode.Created, body.ToJsonString());
        var caseNumber = body["caseNumber"]!.GetValue<string>();
        Assert.Contains("Einwilligung", EndToEndJson.Text(body["problems"]), StringComparison.Ordinal);
        await fx.WaitForStatusAsync(caseNumber, "Incomplete");
        var request = await fx.WaitForMailAsync(KurzantragSamples.AwoCounsellor, "Anforderung fehlender Angaben – Vorgang " + caseNumber);
        Assert.Contains(caseNumber, request.Subject, StringComparison.Ordinal);

        await fx.AdvanceAsync(TimeSpan.FromDays(8));
        await fx.WaitForMailAsync(KurzantragSamples.AwoCounsellor, "Erinnerung an fehlende Angaben – Vorgang " + caseNumber);
        Assert.Equal("Incomplete", (await fx.GetCaseAsync(caseNumber))["status"]!.GetValue<string>());

        using var counsellor = fx.As(EndToEndFixture.Counsellor);
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(KurzantragSamples.ConsentPdf("LC1"));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "files", "einwilligung.pdf");
        using var added = await counsellor.PostAsync($"/api/cases/{caseNumber}/documents", form);
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        await fx.WaitForCaseAsync(caseNumber, c => c["status"]?.GetValue<string>() is "Waiting" or "Scheduled", "waiting after the consent");
    }

    [Fact]
    public async Task Case_without_consent_closes_as_incomplete_after_21_days_and_its_documents_are_purged()
    {
        var (_, body) = await fx.SubmitAsync(EndToEndFixture.Counsellor, ("antrag.pdf", KurzantragSamples.Pdf(KurzantragSamples.WithoutConsent("TO1"))));
        var caseNumber = body["caseNumber"]!.GetValue<string>();
        await fx.WaitForStatusAsync(caseNumber, "Incomplete");

        await fx.AdvanceAsync(TimeSpan.FromDays(8));
        await fx.WaitForMailAsync(KurzantragSamples.AwoCounsellor, "Erinnerung an fehlende Angaben – Vorgang " + caseNumber);
        Assert.Equal("Incomplete", (await fx.GetCaseAsync(caseNumber))["status"]!.GetValue<string>());
        await fx.AdvanceAsync(TimeSpan.FromDays(14));
        await fx.WaitForStatusAsync(caseNumber, "Closed", "Incomplete");
        var closing = await fx.WaitForMailAsync(KurzantragSamples.AwoCounsellor, "Abschluss des Verfahrens – Vorgang " + caseNumber);
        Assert.Contains("nicht fristgerecht eingegangen", EndToEndText.Of(Assert.Single(closing.PdfAttachments).Content), StringComparison.Ordinal);

        // Without consent nothing may be kept: the submitted application is gone at once.
        await fx.WaitForCaseAsync(caseNumber, c => c["purged"]?.GetValue<bool>() == true, "purged");
        Assert.DoesNotContain(await fx.StoredTextsAsync(), s => s == $"blob documents/cases/{caseNumber}/antrag.pdf");
    }

    [Fact]
    public async Task Asylum_application_named_in_the_form_closes_the_case_as_not_admissible_with_the_reason()
    {
        var caseNumber = await fx.SubmitNewCaseAsync(KurzantragSamples.WithExclusion("NA1", "ausschluss_asylantrag"));
        var closed = await fx.WaitForStatusAsync(caseNumber, "Closed", "NotAdmissible");
        Assert.Contains("AsylumApplication", EndToEndJson.Text(closed["exclusionFacts"]), StringComparison.Ordinal);
        var notice = await fx.WaitForMailAsync(KurzantragSamples.AwoCounsellor, "Abschluss des Verfahrens – Vorgang " + caseNumber);
        Assert.Contains("Asyl", EndToEndText.Of(Assert.Single(notice.PdfAttachments).Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asylum_application_reported_after_submission_closes_the_waiting_case()
    {
        var caseNumber = await fx.SubmitNewCaseAsync(KurzantragSamples.Complete("AR1"));
        await fx.WaitForCaseAsync(caseNumber, c => c["status"]?.GetValue<string>() is "Waiting" or "Scheduled", "waiting");
        var (status, text) = await fx.PostAsync(EndToEndFixture.Authority, $"/api/cases/{caseNumber}/exclusions", new { fact = "AsylumApplication" });
        Assert.True(status == HttpStatusCode.Accepted, text);
        var closed = await fx.WaitForStatusAsync(caseNumber, "Closed", "NotAdmissible");
        Assert.Contains("AsylumApplication", EndToEndJson.Text(closed["exclusionFacts"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawn_case_closes_with_a_notice_and_cannot_be_withdrawn_twice()
    {
        var caseNumber = await fx.SubmitNewCaseAsync(KurzantragSamples.Complete("WD1"));
        await fx.WaitForCaseAsync(caseNumber, c => c["status"]?.GetValue<string>() is "Waiting" or "Scheduled", "waiting");
        var (status, text) = await fx.PostAsync(EndToEndFixture.Counsellor, $"/api/cases/{caseNumber}/withdrawal", new { reason = "Aufenthaltserlaubnis auf anderem Weg erteilt." });
        Assert.True(status == HttpStatusCode.Accepted, text);
        await fx.WaitForStatusAsync(caseNumber, "Closed", "Withdrawn");
        await fx.WaitForMailAsync(KurzantragSamples.AwoCounsellor, "Abschluss des Verfahrens – Vorgang " + caseNumber);

        var (again, problem) = await fx.PostAsync(EndToEndFixture.Counsellor, $"/api/cases/{caseNumber}/withdrawal", new { reason = "nochmals" });
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal(409, JsonNode.Parse(problem)!["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task Revoked_consent_leaves_no_document_and_no_personal_data()
    {
        const string reference = "RV1";
        var caseNumber = await fx.SubmitNewCaseAsync(KurzantragSamples.Complete(reference));
        await fx.WaitForCaseAsync(caseNumber, c => c["status"]?.GetValue<string>() is "Waiting" or "Scheduled", "waiting");
        var (status, text) = await fx.PostAsync(EndToEndFixture.Counsellor, $"/api/cases/{caseNumber}/consent-revocation", new { });
        Assert.True(status == HttpStatusCode.Accepted, text);
        var closed = await fx.WaitForStatusAsync(caseNumber, "Closed", "ConsentRevoked");
        await fx.WaitForCaseAsync(caseNumber, c => c["purged"]?.GetValue<bool>() == true, "purged");
        Assert.Equal("ConsentRevoked", closed["outcome"]!.GetValue<string>());

        var stored = await fx.StoredTextsAsync();
        Assert.DoesNotContain(stored, s => s.StartsWith("blob documents/cases/" + caseNumber + "/", StringComparison.Ordinal));
        foreach (var personal in KurzantragSamples.PersonalData(reference))
        {
            Assert.DoesNotContain(stored, s => s.Contains(personal, StringComparison.Ordinal));
        }

        using var secretariat = fx.As(EndToEndFixture.Secretariat);
        var documents = JsonNode.Parse(await secretariat.GetStringAsync($"/api/cases/{caseNumber}/documents"))!.AsArray();
        Assert.Empty(documents);
    }

    [Fact]
    public async Task Same_file_uploaded_twice_gives_the_same_case_and_creates_nothing_new()
    {
        var pdf = KurzantragSamples.Pdf(KurzantragSamples.Complete("DU1"));
        var (first, firstBody) = await fx.SubmitAsync(EndToEndFixture.Counsellor, ("antrag.pdf", pdf));
        var (second, secondBody) = await fx.SubmitAsync(EndToEndFixture.Counsellor, ("antrag-nochmal.pdf", pdf));

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Equal(firstBody["caseNumber"]!.GetValue<string>(), secondBody["caseNumber"]!.GetValue<string>());
        Assert.False(secondBody["created"]!.GetValue<bool>());
        var caseNumber = firstBody["caseNumber"]!.GetValue<string>();
        var submissions = (await fx.StoredTextsAsync()).Count(s => s.StartsWith("blob documents/cases/" + caseNumber + "/", StringComparison.Ordinal) && s.EndsWith(".pdf", StringComparison.Ordinal) && s.Contains("antrag", StringComparison.Ordinal));
        Assert.Equal(1, submissions);
    }

    [Fact]
    public async Task Text_file_named_pdf_is_rejected_naming_the_file_and_nothing_is_stored()
    {
        var before = await fx.StoredTextsAsync();
        var (status, problem) = await fx.SubmitAsync(EndToEndFixture.Counsellor, ("antrag.pdf", "Dies ist kein PDF."u8.ToArray()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("antrag.pdf", EndToEndJson.Text(problem), StringComparison.Ordinal);
        // Nothing new: no case row, no stored upload (letters of earlier tests' cases may still be written meanwhile).
        var added = (await fx.StoredTextsAsync()).Except(before).ToList();
        Assert.DoesNotContain(added, s => s.StartsWith("cases/", StringComparison.Ordinal) && s.Contains("/case|", StringComparison.Ordinal));
        Assert.DoesNotContain(added, s => s.EndsWith("/antrag.pdf", StringComparison.Ordinal));
    }
}
