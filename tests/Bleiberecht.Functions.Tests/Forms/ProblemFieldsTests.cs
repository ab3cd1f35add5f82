using Bleiberecht.Documents.Application;
using Bleiberecht.Functions.Forms;

namespace Bleiberecht.Functions.Tests.Forms;

/// <summary>Which file input an intake problem is shown at.</summary>
public sealed class ProblemFieldsTests
{
    private static readonly UploadedFile Application = new("antrag", new SubmissionFile("Kurzantrag Öztürk.pdf", []));
    private static readonly UploadedFile Consent = new("einwilligung", new SubmissionFile("einwilligung.pdf", []));

    [Theory]
    [InlineData("Die Datei „Kurzantrag Öztürk.pdf“ ist keine PDF-Datei.", "antrag")]
    [InlineData("Die Datei „Kurzantrag_Oeztuerk.pdf“ ist 12 MB groß; erlaubt sind höchstens 10 MB je Datei.", "antrag")]
    [InlineData("Die Datei „einwilligung.pdf“ ist beschädigt oder kann nicht gelesen werden.", "einwilligung")]
    public void A_problem_naming_a_file_goes_to_the_input_of_that_file_by_its_name_or_its_safe_name(string message, string expected)
    {
        var error = Assert.Single(ProblemFields.Map([new ApplicationProblem("x", null, message, "x")], [Application, Consent], "antrag"));

        Assert.Equal(new FormError(expected, message), error);
    }

    [Fact]
    public void Consent_field_problems_go_to_the_consent_input_only_when_a_separate_consent_was_uploaded()
    {
        ApplicationProblem[] problems = [new("missing-consent-scope", "einwilligung_datenschutz", "Einwilligung fehlt", "x"), new("missing-field", "person_familienname", "Name fehlt", "x")];

        Assert.Equal(["einwilligung", "antrag"], ProblemFields.Map(problems, [Application, Consent], "antrag").Select(e => e.FieldId));
        Assert.Equal(["antrag", "antrag"], ProblemFields.Map(problems, [Application], "antrag").Select(e => e.FieldId));
    }

    [Theory]
    [InlineData("too-many-files", "antrag")]
    [InlineData("submission-too-large", "antrag")]
    [InlineData("no-files", "antrag")]
    [InlineData("unknown-counsellor", null)]
    public void Problems_about_the_whole_submission_go_to_the_main_input_or_to_the_summary_only(string code, string? expected)
    {
        var error = Assert.Single(ProblemFields.Map([new ApplicationProblem(code, null, "Text", "Text")], [Application], "antrag"));

        Assert.Equal(expected, error.FieldId);
    }
}
