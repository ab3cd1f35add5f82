using System.Text;
using Bleiberecht.Documents.Mail;
using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Documents.Tests.Mail;

/// <summary>Property: any message assembled from MIME-ish fragments is read or refused with a typed error, never anything else.</summary>
public sealed class MimeReaderPropertyTests
{
    private static readonly string[] Fragments =
    [
        "From: a@example.org\r\n", "From: =?utf-8?Q?J=C3=B6rg?= <j@example.org>\r\n", "Subject: =?utf-8?B?w6Q=?=\r\n", "Subject: =?x?Q?a\r\n",
        "Date: Tue, 17 Nov 2026 09:41:12 +0100\r\n", "Date: 99 Foo\r\n", "Message-ID: <a@b>\r\n", "To: g:;\r\n", "To: \"unterminated\r\n",
        "Content-Type: multipart/mixed; boundary=b\r\n", "Content-Type: multipart/alternative; boundary=c\r\n", "Content-Type: message/rfc822\r\n",
        "Content-Type: application/pdf; name*0*=utf-8''%C3%A4; name*1=x.pdf\r\n", "Content-Type: text/html; charset=windows-1252\r\n",
        "Content-Type: text/plain; format=flowed; delsp=yes\r\n", "Content-Transfer-Encoding: base64\r\n", "Content-Transfer-Encoding: quoted-printable\r\n",
        "Content-Transfer-Encoding: x-uuencode\r\n", "Content-Disposition: attachment; filename=\"=?utf-8?Q?a.pdf?=\"\r\n", " folded continuation\r\n",
        "\r\n", "\n", "\r", "--b\r\n", "--b--\r\n", "--c\r\n", "--c--\r\n", "--\r\n", "%PDF-1.4\r\n", "JVBERi0xLjQK\r\n", "=C3=A4=\r\n", "=ZZ",
        "begin 644 a.pdf\r\n", "M86)C\r\n", "end\r\n", "<p>x</p>", "<script>", "&auml;", "&#x", "\0", "\u00ff\u00fe", "x: y\r\n", "no colon line\r\n",
    ];

    private static Arbitrary<string> Messages(int maxFragments) =>
        Gen.Choose(0, Fragments.Length - 1)
            .Select(i => Fragments[i])
            .ListOf()
            .Select(list => string.Concat(list.Take(maxFragments)))
            .ToArbitrary();

    private static bool ReadsOrRefusesCleanly(string text)
    {
        try
        {
            var mail = MimeMessageReader.Read(Encoding.Latin1.GetBytes(text), new MimeReaderLimits { MaxParts = 50, MaxDepth = 6 });
            return mail.Attachments.All(a => a.FileName.Length > 0) && MailProblems.Check(mail) is not null;
        }
        catch (MimeParseException e)
        {
            return e.InnerException is null;
        }
    }

    [Fact]
    public void Fragment_soup_is_read_or_refused_with_a_typed_error()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500).WithReplay(Replay(1)), Prop.ForAll(Messages(60), ReadsOrRefusesCleanly));
    }

    [Fact]
    [Trait("Category", "Long")]
    public void Fragment_soup_is_read_or_refused_with_a_typed_error_Long()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20_000).WithEndSize(400), Prop.ForAll(Messages(400), ReadsOrRefusesCleanly));
    }

    private static Microsoft.FSharp.Core.FSharpOption<FsCheck.Replay> Replay(ulong seed) => new FsCheck.Replay(new Rnd(seed, 1), null);
}
