using System.Text.Json;
using Bleiberecht.Documents.Mail;

namespace Bleiberecht.Documents.Tests.Mail;

/// <summary>The JSON that <c>mail inspect</c> prints.</summary>
public sealed class MailInspectionTests
{
    [Fact]
    public void Read_message_shows_sender_subject_attachments_and_no_problems()
    {
        using var json = JsonDocument.Parse(MailInspection.ToJson(MailFixtures.Read("gmail-webmail.eml")));
        var root = json.RootElement;

        Assert.Equal("anna.schmidt.beratung@gmail.com", root.GetProperty("from").GetProperty("address").GetString());
        Assert.Equal("Antrag Frau K. / Einverständnis", root.GetProperty("subject").GetString());
        Assert.Equal("2026-11-20T11:03:27.0000000+01:00", root.GetProperty("date").GetString());
        Assert.Equal("CAF7wXyZ0aBcD1eF2gH3iJ4kL5mN6oP7qR8sT9uV0wX1yZ2a3Bc@mail.gmail.com", root.GetProperty("messageId").GetString());
        var attachment = Assert.Single(root.GetProperty("attachments").EnumerateArray());
        Assert.Equal("Kurzantrag_Frau_Kovačević.pdf", attachment.GetProperty("name").GetString());
        Assert.Equal(598, attachment.GetProperty("size").GetInt32());
        Assert.True(attachment.GetProperty("isPdf").GetBoolean());
        Assert.Empty(root.GetProperty("problems").EnumerateArray());
    }

    [Fact]
    public void Long_text_is_cut_to_an_excerpt()
    {
        var mail = MimeMessageReader.Read(MailBuilder.Simple("Subject: long", new string('a', 2000)));

        using var json = JsonDocument.Parse(MailInspection.ToJson(mail, excerptLength: 100));

        Assert.Equal(new string('a', 100) + "…", json.RootElement.GetProperty("textExcerpt").GetString());
        Assert.Equal(2000, json.RootElement.GetProperty("textLength").GetInt32());
    }

    [Fact]
    public void Problem_message_lists_its_problem_in_German_and_English()
    {
        using var json = JsonDocument.Parse(MailInspection.ToJson(MailFixtures.Read("no-attachment.eml")));

        var problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("NoPdfAttached", problem.GetProperty("code").GetString());
        Assert.StartsWith("Ihre E-Mail enthält keinen Anhang.", problem.GetProperty("de").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Your e-mail has no attachment.", problem.GetProperty("en").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_shows_the_typed_reason_and_the_counsellor_text()
    {
        var error = Assert.Throws<MimeParseException>(() => MimeMessageReader.Read(MailBuilder.Nested(50)));

        using var json = JsonDocument.Parse(MailInspection.ErrorToJson(error));

        Assert.Equal("TooDeep", json.RootElement.GetProperty("error").GetString());
        Assert.Equal("NestedTooDeep", Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray()).GetProperty("code").GetString());
    }
}
