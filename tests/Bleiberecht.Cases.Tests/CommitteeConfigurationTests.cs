using Bleiberecht.Cases.Committees;
using Bleiberecht.Testing;

namespace Bleiberecht.Cases.Tests;

public sealed class CommitteeConfigurationTests
{
    private static string SamplesDirectory => Path.Combine(RepoPaths.Root, "config", "committees");

    private static string Dortmund => File.ReadAllText(Path.Combine(SamplesDirectory, "dortmund.json"));

    [Fact]
    public void Shipped_samples_load_as_two_committees_side_by_side()
    {
        var committees = CommitteeConfigurationLoader.LoadDirectory(SamplesDirectory);

        Assert.Equal(["dortmund", "kreis-unna"], committees.Select(c => c.Id));
        var dortmund = committees[0];
        Assert.Equal(4, dortmund.Sessions.MaxRegularSessionsPerYear);
        Assert.Equal(TimeSpan.FromDays(7), dortmund.Cases.ReminderAfter);
        Assert.Equal(TimeSpan.FromDays(21), dortmund.Cases.IncompleteAfter);
        Assert.Equal(2, dortmund.Members.Count(m => m.Role == MemberRole.WelfareAssociation));
        Assert.Single(dortmund.Members, m => m.Role == MemberRole.ForeignersAuthorityHead);
        Assert.NotEqual(dortmund.CaseNumberPrefix, committees[1].CaseNumberPrefix);
    }

    [Fact]
    public void Registered_counsellor_is_found_by_address_in_any_case_and_an_unknown_sender_is_not()
    {
        var dortmund = CommitteeConfigurationLoader.Parse(Dortmund);

        Assert.Equal("awo", dortmund.FindOrganisationOf("  Fluechtlingsberatung@AWO.dortmund.example ")?.Id);
        Assert.Null(dortmund.FindOrganisationOf("someone@unknown.example"));
    }

    [Fact]
    public void Members_outside_their_term_are_not_in_office()
    {
        var dortmund = CommitteeConfigurationLoader.Parse(Dortmund);

        Assert.Empty(dortmund.MembersInOffice(new DateOnly(2030, 11, 1)));
        Assert.Equal(4, dortmund.MembersInOffice(new DateOnly(2030, 10, 31)).Count);
    }

    [Fact]
    public void Every_problem_in_a_configuration_is_listed_with_its_field()
    {
        var json = Dortmund
            .Replace("\"petra.beispiel@awo.dortmund.example\"", "\"petra.beispiel\"", StringComparison.Ordinal)
            .Replace("\"agendaDeadline\": \"P21D\"", "\"agendaDeadline\": \"P7D\"", StringComparison.Ordinal)
            .Replace("\"incompleteAfter\": \"P21D\"", "\"incompleteAfter\": \"P5D\"", StringComparison.Ordinal)
            .Replace("\"case.management@kim.dortmund.example\"", "\"fluechtlingsberatung@drk.dortmund.example\"", StringComparison.Ordinal);

        var e = Assert.Throws<CommitteeConfigurationException>(() => CommitteeConfigurationLoader.Parse(json, "dortmund.json"));

        Assert.Contains("members[0].email: not an e-mail address", e.Problems);
        Assert.Contains(e.Problems, p => p.StartsWith("sessions.agendaDeadline:", StringComparison.Ordinal));
        Assert.Contains("cases.incompleteAfter: must be after reminderAfter", e.Problems);
        Assert.Contains("organisations: counsellor e-mail 'fluechtlingsberatung@drk.dortmund.example' is registered more than once", e.Problems);
        Assert.Equal(4, e.Problems.Count);
        Assert.Contains("dortmund.json", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"retentionAfterClosing\": \"P1095D\"", "\"retentionAfterClosing\": \"P3Y\"", "$.cases.retentionAfterClosing")]
    [InlineData("\"templates\": \"dortmund\"", "\"templates\": \"dortmund\", \"deputies\": []", "$.deputies")]
    [InlineData("\"role\": \"VolunteerRefugeeAid\"", "\"role\": \"Deputy\"", "$.members[2].role")]
    public void A_field_that_cannot_be_read_is_named(string original, string replacement, string path)
    {
        var json = Dortmund.Replace(original, replacement, StringComparison.Ordinal);

        var e = Assert.Throws<CommitteeConfigurationException>(() => CommitteeConfigurationLoader.Parse(json));

        Assert.StartsWith(path, Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_written_out_reads_back_the_same()
    {
        var dortmund = CommitteeConfigurationLoader.Parse(Dortmund);

        var again = CommitteeConfigurationLoader.Parse(CommitteeConfigurationLoader.ToJson(dortmund));

        Assert.Equal(dortmund.Members, again.Members);
        Assert.Equal(dortmund.Sessions, again.Sessions);
        Assert.Equal(dortmund.Cases, again.Cases);
        Assert.Equal(dortmund.Organisations.Select(o => o.Counsellors.Count), again.Organisations.Select(o => o.Counsellors.Count));
    }
}
