using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bleiberecht.Documents.Mail;

/// <summary>JSON views of a read message or a refusal, for <c>mail inspect</c> and diagnostics.</summary>
public static class MailInspection
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Sender, subject, date, ids, a text excerpt, the attachments (no content), warnings and problems.</summary>
    public static string ToJson(MailMessage message, int excerptLength = 500)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Write(writer =>
        {
            writer.WriteStartObject();
            WriteAddress(writer, "from", message.From);
            WriteAddress(writer, "sender", message.Sender);
            WriteAddresses(writer, "replyTo", message.ReplyTo);
            WriteAddresses(writer, "to", message.To);
            WriteAddresses(writer, "cc", message.Cc);
            writer.WriteString("subject", message.Subject);
            writer.WriteString("date", message.Date?.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("messageId", message.MessageId);
            writer.WriteString("inReplyTo", message.InReplyTo);
            writer.WriteString("textExcerpt", message.TextBody.Length <= excerptLength ? message.TextBody : message.TextBody[..excerptLength] + "…");
            writer.WriteNumber("textLength", message.TextBody.Length);
            writer.WriteStartArray("attachments");
            foreach (var attachment in message.Attachments)
            {
                writer.WriteStartObject();
                writer.WriteString("name", attachment.FileName);
                writer.WriteString("type", attachment.ContentType);
                writer.WriteNumber("size", attachment.Size);
                writer.WriteBoolean("isPdf", attachment.IsPdf);
                writer.WriteBoolean("declaredPdf", attachment.IsDeclaredPdf);
                writer.WriteBoolean("inline", attachment.IsInline);
                writer.WriteBoolean("forwarded", attachment.FromForwardedMessage);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("warnings");
            foreach (var warning in message.Warnings)
            {
                writer.WriteStartObject();
                writer.WriteString("code", warning.Code.ToString());
                writer.WriteString("detail", warning.Detail);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteProblems(writer, MailProblems.Check(message));
            writer.WriteEndObject();
        });
    }

    /// <summary>The typed reason of a refusal with the problem text the counsellor would get.</summary>
    public static string ErrorToJson(MimeParseException error, MimeReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("error", error.Reason.ToString());
            writer.WriteString("message", error.Message);
            WriteProblems(writer, [MailProblems.ForError(error.Reason, limits)]);
            writer.WriteEndObject();
        });
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteProblems(Utf8JsonWriter writer, IEnumerable<MailProblem> problems)
    {
        writer.WriteStartArray("problems");
        foreach (var problem in problems)
        {
            writer.WriteStartObject();
            writer.WriteString("code", problem.Code.ToString());
            writer.WriteString("de", problem.German);
            writer.WriteString("en", problem.English);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteAddress(Utf8JsonWriter writer, string name, MailAddress? address)
    {
        if (address is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("name", address.DisplayName);
        writer.WriteString("address", address.Address);
        writer.WriteEndObject();
    }

    private static void WriteAddresses(Utf8JsonWriter writer, string name, IReadOnlyList<MailAddress> addresses)
    {
        writer.WriteStartArray(name);
        foreach (var address in addresses)
        {
            writer.WriteStringValue(address.ToString());
        }

        writer.WriteEndArray();
    }
}
