using Bleiberecht.Documents.Mail;
using Bleiberecht.Testing;

namespace Bleiberecht.Documents.Tests.Mail;

/// <summary>The .eml fixtures under Mail/Fixtures, read from the source tree (byte-exact).</summary>
internal static class MailFixtures
{
    public static string Directory => Path.Combine(RepoPaths.Root, "tests", "Bleiberecht.Documents.Tests", "Mail", "Fixtures");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Directory, name));

    public static MailMessage Read(string name) => MimeMessageReader.Read(Bytes(name));

    public static byte[] MinimalPdf => Bytes("minimal.pdf");

    public static IEnumerable<string> EmlNames => System.IO.Directory.GetFiles(Directory, "*.eml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
