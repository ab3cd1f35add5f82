using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Functions.Tests.EndToEnd;

/// <summary>
/// The main path through a session: submission, planning, agenda closing with invitations to the members in office,
/// the ABH's notice, the assessment and its letter, the minutes kept inside the committee; then deferral across two
/// sessions, the ad hoc session for an urgent case and the refusal of a fifth regular session.
/// </summary>
public sealed class SessionPathTests(EndToEndFixture fx) : IClassFixture<EndToEndFixture>
{
    [Fact]
    public async Task Assessed_case_letter_reaches_the_counsellor_and_the_minutes_stay_with_the_committee()
    {
        var reference = "HP1";
        var now = await fx.NowAsync();
        var (planned, session) = await fx.PlanSessionAsync("Regular", now.AddDays(30));
        Assert.True(planned == HttpStatusCode.Created, session.ToJsonString());
        var sessionId = session["id"]!.GetValue<string>();
        var caseNumber = await fx.SubmitNewCaseAsync(KurzantragSamples.Complete(reference));
        Assert.Matches(@"^BF-\d{4}-\d{4}$", caseNumber);
        await fx.WaitForCaseAsync(caseNumber, c => c["status"]?.GetValue<string>() == "Scheduled" && c["sessionId"]?.GetValue<string>() == sessionId, "scheduled for the session");

        // Past the agenda deadline (21 days before the session): the agenda closes, invitations go out.
        await fx.AdvanceAsync(TimeSpan.FromDays(10));
        await fx.WaitForStatusAsync(caseNumber, "OnAgenda");
        var invitation = await fx.WaitForMailAsync("petra.beispiel@awo.dortmund.example", sessionId);
        Assert.Contains(invitation.PdfAttachments, a => EndToEndText.Of(a.Content).Contains(caseNumber, StringComparison.Ordinal));
        Assert.Contains(invitation.Attachments, a => a.FileName?.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) == true);
        foreach (var attachment in invitation.PdfAttachments)
        {
            var text = EndToEndText.Of(attachment.Content);
            Assert.DoesNotContain(KurzantragSamples.FamilyName(reference), text, StringComparison.Ordinal);
            Assert.DoesNotContain(KurzantragSamples.Street, text, StringComparison.Ordinal);
        }

        await fx.WaitForMailAsync(EndToEndFixture.SecretariatEmail, sessionId);
        await fx.WaitForMailAsync(EndToEndFixture.AuthorityEmail, caseNumber);

        // The member whose term has ended gets nothing: no mail, no access.
        Assert.DoesNotContain(fx.Sink.Received, m => m.EnvelopeTo.Contains(EndToEndFixture.FormerMemberEmail, StringComparer.OrdinalIgnoreCase));
        using (var former = fx.As(EndToEndFixture.Member(EndToEndFixture.FormerMemberId)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await former.GetAsync($"/api/sessions/{sessionId}")).StatusCode);
        }

        // A member in office sees the session's agenda and dossiers.
        using (var member = fx.As(EndToEndFixture.Member("wohlfahrt-1")))
        {
            var documents = await member.GetFromJsonAsync<JsonArray>($"/api/sessions/{sessionId}/documents");
            Assert.Contains(documents!, d => d!["kind"]!.GetValue<string>() == "Agenda");
            Assert.Contains(documents!, d => d!["kind"]!.GetValue<string>() == "Dossier");
        }

        var (assessed, assessedBody) = await fx.PostAsync(
            EndToEndFixture.Secretariat,
            $"/api/sessions/{sessionId}/cases/{caseNumber}/assessment",
            new { recommendation = "HardshipRequest", text = "Das Gremium empfiehlt, ein Härtefallersuchen zu stellen." });
        Assert.True(assessed == HttpStatusCode.Accepted, assessedBody);
        await fx.WaitForStatusAsync(caseNumber, "Closed", "Assessed");

        var letter = await fx.WaitForMailAsync(KurzantragSamples.AwoCounsellor, "Ergebnis der Beratung – Vorgang " + caseNumber);
        Assert.Contains(caseNumber, letter.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(KurzantragSamples.FamilyName(reference), letter.Subject, StringComparison.Ordinal);
        var letterText = EndToEndText.Of(Assert.Single(letter.PdfAttachments).Content);
        Assert.Contains("Härtefallersuchen", letterText, StringComparison.Ordinal);
        await fx.WaitForMailAsync(EndToEndFixture.AuthorityEmail, "Einschätzung des Gremiums – Vorgang " + caseNumber);

        var (concluded, concludedBody) = await fx.PostAsync(
            EndToEndFixture.Secretariat,
            $"/api/sessions/{sessionId}/conclusion",
            new { presentMemberIds = new[] { "wohlfahrt-1", "wohlfahrt-2", "ehrenamt-1", "abh-leitung" }, chair = "Petra Beispiel" });
        Assert.True(concluded == HttpStatusCode.Accepted, concludedBody);
        // "Niederschrift der N. Sitzung (ID)"; the invitation reads "… Sitzung am DATUM (ID)".
        var minutes = await fx.WaitForMailAsync(EndToEndFixture.SecretariatEmail, "Sitzung (" + sessionId + ")");
        Assert.Contains("vertraulich", minutes.Subject, StringComparison.Ordinal);

        // Minutes never leave the committee: not mailed to the ABH or a member, not among the case's documents.
        Assert.DoesNotContain(fx.Mails(), m => m.Message.Subject.Contains("Niederschrift", StringComparison.Ordinal)
            && !m.Raw.EnvelopeTo.All(t => string.Equals(t, EndToEndFixture.SecretariatEmail, StringComparison.OrdinalIgnoreCase)));
        using (var authority = fx.As(EndToEndFixture.Authority))
        {
            var caseDocuments = await authority.GetFromJsonAsync<JsonArray>($"/api/cases/{caseNumber}/documents");
            Assert.DoesNotContain(caseDocuments!, d => d!["kind"]!.GetValue<string>() == "Minutes");
        }

        using (var secretariat = fx.As(EndToEndFixture.Secretariat))
        {
            var year = (await fx.NowAsync()).Year;
            var statistics = await secretariat.GetFromJsonAsync<JsonObject>($"/api/committees/{EndToEndFixture.Committee}/statistics/{now.Year}");
            Assert.True(statistics!["assessed"]!.GetValue<int>() >= 1, statistics.ToJsonString());
            Assert.DoesNotContain(KurzantragSamples.FamilyName(reference), EndToEndJson.Text(statistics), StringComparison.Ordinal);
            Assert.True(year >= now.Year);
        }

        var stored = await fx.StoredTextsAsync();
        foreach (var personal in KurzantragSamples.PersonalData(reference))
        {
            Assert.DoesNotContain(stored, s => !s.StartsWith("blob ", StringComparison.Ordinal) && s.Contains(personal, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Deferred_case_goes_to_the_next_session_and_is_assessed_there()
    {
        // Sessions first: other tests of this class may have left later sessions with open agendas.
        var now = await fx.NowAsync();
        var first = (await fx.PlanSessionAsync("Regular", now.AddDays(25))).Body["id"]!.GetValue<string>();
        var second = (await fx.PlanSessionAsync("Regular", now.AddDays(60))).Body["id"]!.GetValue<string>();
        var caseNumber = await fx.SubmitNewCaseAsync(KurzantragSamples.Complete("DF1"));
        await fx.WaitForCaseAsync(caseNumber, c => c["sessionId"]?.GetValue<string>() == first, "scheduled for the first session");

        await fx.AdvanceAsync(TimeSpan.FromDays(5));
        await fx.WaitForStatusAsync(caseNumber, "OnAgenda");
        var (deferred, deferredBody) = await fx.PostAsync(EndToEndFixture.Secretariat, $"/api/sessions/{first}/cases/{caseNumber}/deferral", new { reason = "Unterlagen der Ausländerbehörde fehlen noch." });
        Assert.True(deferred == HttpStatusCode.Accepted, deferredBody);
        var back = await fx.WaitForCaseAsync(caseNumber, c => c["sessionId"]?.GetValue<string>() == second && c["status"]?.GetValue<string>() == "Scheduled", "scheduled for the second session");
        Assert.Equal(1, back["deferrals"]!.GetValue<int>());

        await fx.AdvanceAsync(TimeSpan.FromDays(35));
        await fx.WaitForCaseAsync(caseNumber, c => c["status"]?.GetValue<string>() == "OnAgenda" && c["sessionId"]?.GetValue<string>() == second, "on the second agenda");
        var (assessed, assessedBody) = await fx.PostAsync(EndToEndFixture.Secretariat, $"/api/sessions/{second}/cases/{caseNumber}/assessment", new { recommendation = "NoHardshipRequest", text = "Das Gremium sieht derzeit keine Grundlage für ein Härtefallersuchen." });
        Assert.True(assessed == HttpStatusCode.Accepted, assessedBody);
        await fx.WaitForStatusAsync(caseNumber, "Closed", "Assessed");
    }

    [Fact]
    public async Task Urgent_case_goes_to_an_ad_hoc_session()
    {
        var now = await fx.NowAsync();
        var caseNumber = await fx.SubmitNewCaseAsync(KurzantragSamples.Urgent("AH1", DateOnly.FromDateTime(now.AddDays(20).UtcDateTime)));
        await fx.WaitForCaseAsync(caseNumber, c => c["urgent"]?.GetValue<bool>() == true && c["status"]?.GetValue<string>() is "Waiting" or "Scheduled", "waiting, urgent");

        var (status, session) = await fx.PlanSessionAsync("AdHoc", now.AddDays(3), [caseNumber]);
        Assert.True(status == HttpStatusCode.Created, session.ToJsonString());
        var sessionId = session["id"]!.GetValue<string>();
        await fx.WaitForCaseAsync(caseNumber, c => c["sessionId"]?.GetValue<string>() == sessionId, "scheduled for the ad hoc session");
    }

    [Fact]
    public async Task Fifth_regular_session_in_a_year_is_refused_with_a_German_reason()
    {
        var now = await fx.NowAsync();
        var year = now.Year + 3;
        for (var month = 2; month <= 8; month += 2)
        {
            var (status, body) = await fx.PlanSessionAsync("Regular", new DateTimeOffset(year, month, 10, 9, 0, 0, TimeSpan.Zero));
            Assert.True(status == HttpStatusCode.Created, body.ToJsonString());
        }

        var (refused, problem) = await fx.PlanSessionAsync("Regular", new DateTimeOffset(year, 10, 10, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        var text = EndToEndJson.Text(problem);
        Assert.Contains("höchstens 4", text, StringComparison.Ordinal);
        Assert.Contains("startsAt", text, StringComparison.OrdinalIgnoreCase);

        var (adHoc, adHocBody) = await fx.PlanSessionAsync("AdHoc", new DateTimeOffset(year, 10, 12, 9, 0, 0, TimeSpan.Zero));
        Assert.True(adHoc == HttpStatusCode.Created, adHocBody.ToJsonString());
    }
}
