using System.Text;

namespace Bleiberecht.Documents.Tests.Mail;

/// <summary>
/// Malformed and hostile e-mails, generated deterministically: hand-made attacks on each parser stage plus
/// seeded mutations (flips, cuts, splices, line-end changes) of every fixture.
/// </summary>
internal static class HostileMailCases
{
    public const int MutationsPerFixture = 16;

    private static readonly Lazy<Dictionary<string, Func<byte[]>>> LazyCases = new(Build);

    public static IEnumerable<string> Names => LazyCases.Value.Keys;

    public static byte[] Get(string name) => LazyCases.Value[name]();

    private static Dictionary<string, Func<byte[]>> Build()
    {
        var cases = new Dictionary<string, Func<byte[]>>(StringComparer.Ordinal);
        foreach (var (name, factory) in HandMade())
        {
            cases.Add("hand/" + name, factory);
        }

        foreach (var fixture in MailFixtures.EmlNames)
        {
            for (var i = 0; i < MutationsPerFixture; i++)
            {
                var seed = i;
                cases.Add($"mutant/{fixture}/{i}", () => Mutant(fixture, seed));
            }
        }

        return cases;
    }

    /// <summary>The seeded mutation <paramref name="seed"/> of a fixture.</summary>
    public static byte[] Mutant(string fixture, int seed) => Mutate(MailFixtures.Bytes(fixture), new Random((seed * 7919) + fixture.Length));

    private static IEnumerable<(string Name, Func<byte[]> Factory)> HandMade()
    {
        static byte[] A(string s) => Encoding.Latin1.GetBytes(s);
        static string Rep(string s, int n) => string.Concat(Enumerable.Repeat(s, n));
        const string From = "From: a@example.org\r\n";

        yield return ("deep-multipart-10000", () => MailBuilder.Nested(10_000));
        yield return ("deep-multipart-unterminated", () => A(From + Rep("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n", 50_000)));
        yield return ("deep-rfc822-10000", () => A(Rep("From: a@example.org\r\nContent-Type: message/rfc822\r\n\r\n", 10_000) + "x"));
        yield return ("deep-rfc822-base64", () => A(From + "Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n" + Convert.ToBase64String(Encoding.ASCII.GetBytes(Rep("Content-Type: message/rfc822\r\n\r\n", 5_000)))));
        yield return ("million-parts", () => MailBuilder.ManyParts(1_000_000));
        yield return ("million-empty-parts-lf", () => A(From + "Content-Type: multipart/mixed; boundary=p\n\n" + Rep("--p\n", 1_000_000)));
        yield return ("huge-subject", () => A(From + "Subject: " + new string('x', 5_000_000) + "\r\n\r\nb"));
        yield return ("huge-folded-header", () => A(From + "X-Long: a" + Rep("\r\n a", 1_000_000) + "\r\n\r\nb"));
        yield return ("header-block-1mb", () => A(From + Rep("X-A: b\r\n", 200_000) + "\r\nb"));
        yield return ("no-colon-headers", () => A(Rep("nocolon\r\n", 100_000)));
        yield return ("endless-boundary-param", () => A(From + "Content-Type: multipart/mixed; boundary=\"" + new string('b', 90_000) + "\"\r\n\r\n--" + new string('b', 90_000) + "\r\n\r\nx"));
        yield return ("endless-boundary-lookalikes", () => A(From + "Content-Type: multipart/mixed; boundary=abc\r\n\r\n" + Rep("--ab\r\n--abcd\r\n--abc x\r\n", 200_000)));
        yield return ("boundary-empty", () => A(From + "Content-Type: multipart/mixed; boundary=\"\"\r\n\r\n--\r\n\r\nx\r\n----\r\n"));
        yield return ("boundary-regex-chars", () => A(From + "Content-Type: multipart/mixed; boundary=\"(.*)+[^]$\\\\\"\r\n\r\n--(.*)+[^]$\\\r\n\r\nx\r\n--(.*)+[^]$\\--\r\n"));
        yield return ("boundary-only-dashes", () => A(From + "Content-Type: multipart/mixed; boundary=-\r\n\r\n" + Rep("---\r\n", 100_000)));
        yield return ("invalid-base64-all-padding", () => A(From + "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" + new string('=', 5_000_000)));
        yield return ("invalid-base64-garbage", () => A(From + "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" + Rep("!@#$%^&*()", 500_000)));
        yield return ("base64-one-char", () => A(From + "Content-Transfer-Encoding: base64\r\n\r\nQ"));
        yield return ("qp-all-equals", () => A(From + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + new string('=', 5_000_000)));
        yield return ("qp-trailing-spaces", () => A(From + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + new string(' ', 5_000_000) + "x"));
        yield return ("qp-soft-break-spaces", () => A(From + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + Rep("=" + new string(' ', 1000) + "\r\n", 2000)));
        yield return ("bad-charset-names", () => A(From + "Subject: " + Rep("=?" + new string('c', 60) + "?Q?x?= ", 1000) + "\r\nContent-Type: text/plain; charset=\"\u00ff\u00fe\"\r\n\r\n\u00e4"));
        yield return ("utf7-charset", () => A(From + "Content-Type: text/plain; charset=utf-7\r\n\r\n+ADw-script+AD4-"));
        yield return ("utf16-charset-odd-bytes", () => A(From + "Content-Type: text/plain; charset=utf-16\r\n\r\nabc"));
        yield return ("charset-very-long", () => A(From + "Content-Type: text/plain; charset=" + new string('x', 80_000) + "\r\n\r\nabc"));
        yield return ("nul-bytes-everywhere", () => A(From.Replace("a", "a\0", StringComparison.Ordinal) + "Subject: \0\0\0\r\nContent-Type: text/plain\0; charset=utf-8\r\n\r\n" + new string('\0', 1_000_000)));
        yield return ("only-nul", () => new byte[1_000_000]);
        yield return ("all-0xff", () => Enumerable.Repeat((byte)0xFF, 1_000_000).ToArray());
        yield return ("random-bytes", () => RandomBytes(1, 2_000_000));
        yield return ("random-bytes-after-header", () => [.. A(From + "\r\n"), .. RandomBytes(2, 2_000_000)]);
        yield return ("enormous-line", () => A(From + "\r\n" + new string('x', 20_000_000)));
        yield return ("enormous-line-in-multipart", () => A(From + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\n" + new string('-', 10_000_000)));
        yield return ("cr-only-line-ends", () => A(Rep("From: a@example.org\rSubject: x\r", 1000) + "\rbody"));
        yield return ("lf-cr-line-ends", () => A("From: a@example.org\n\rSubject: x\n\r\n\rbody"));
        yield return ("encoded-word-starts", () => A(From + "Subject: " + Rep("=?a?b?", 15_000) + "\r\n\r\nb"));
        yield return ("encoded-word-long-no-end", () => A(From + "Subject: =?utf-8?q?" + new string('a', 90_000) + "\r\n\r\nb"));
        yield return ("encoded-words-many", () => A(From + "Subject: " + Rep("=?utf-8?b?w6Q=?= ", 5_000) + "\r\n\r\nb"));
        yield return ("encoded-word-invalid-base64", () => A(From + "Subject: =?utf-8?B?!!!!?= =?utf-8?B?====?=\r\n\r\nb"));
        yield return ("comments-nested", () => A("From: " + new string('(', 90_000) + "a@example.org\r\nDate: " + new string('(', 150) + "\r\n\r\nb"));
        yield return ("angle-brackets", () => A("From: " + Rep("<", 90_000) + "a@example.org\r\n\r\nb"));
        yield return ("unterminated-quote", () => A("From: \"" + new string('a', 90_000) + "\r\n\r\nb"));
        yield return ("many-addresses", () => A("From: a@example.org\r\nTo: " + Rep("a@b.c,", 15_000) + "\r\n\r\nb"));
        yield return ("many-groups", () => A("From: a@example.org\r\nTo: " + Rep("g:;", 30_000) + "\r\n\r\nb"));
        yield return ("rfc2231-thousand-sections", () => A(From + "Content-Type: application/pdf; " + string.Concat(Enumerable.Range(0, 3000).Select(i => $"name*{i}*=%41%42;")) + "\r\n\r\n%PDF-"));
        yield return ("rfc2231-huge-section-number", () => A(From + "Content-Type: application/pdf; name*99999999999999*=x; name*-1=y; name**=z; name*0*=''%ZZ%\r\n\r\n%PDF-"));
        yield return ("params-many-semicolons", () => A(From + "Content-Type: text/plain" + new string(';', 90_000) + "\r\n\r\nb"));
        yield return ("params-many-equals", () => A(From + "Content-Type: text/plain; a" + new string('=', 90_000) + "\r\n\r\nb"));
        yield return ("content-type-garbage", () => A(From + "Content-Type: /;/;\"/\r\nContent-Disposition: ;;=;\"\r\n\r\nb"));
        yield return ("content-type-no-subtype", () => A(From + "Content-Type: multipart/\r\n\r\nb"));
        yield return ("date-garbage", () => A(From + "Date: 99999999 Foo 99:99:99:99 +99999\r\n\r\nb"));
        yield return ("date-year-zero", () => A(From + "Date: 1 Jan 0000 00:00 +0000\r\n\r\nb"));
        yield return ("date-max", () => A(From + "Date: 31 Dec 9999 23:59:59 -1400\r\n\r\nb"));
        yield return ("message-id-huge", () => A(From + "Message-ID: <" + new string('a', 90_000) + ">\r\n\r\nb"));
        yield return ("html-million-lt", () => A(From + "Content-Type: text/html\r\n\r\n" + new string('<', 5_000_000)));
        yield return ("html-million-tags", () => A(From + "Content-Type: text/html\r\n\r\n" + Rep("<p>", 1_000_000)));
        yield return ("html-unterminated-script", () => A(From + "Content-Type: text/html\r\n\r\n" + Rep("<script>", 100_000)));
        yield return ("html-unterminated-comment", () => A(From + "Content-Type: text/html\r\n\r\n" + Rep("<!--", 500_000)));
        yield return ("html-entities", () => A(From + "Content-Type: text/html\r\n\r\n" + Rep("&#99999999;&amp&#x;&", 200_000)));
        yield return ("flowed-many-spaces", () => A(From + "Content-Type: text/plain; format=flowed; delsp=yes\r\n\r\n" + Rep(" \r\n", 1_000_000)));
        yield return ("uuencode-garbage", () => A(From + "\r\nbegin 644 x.pdf\r\n" + Rep("\u00ff\u00ff\u00ff\u00ff\u00ff\r\n", 100_000)));
        yield return ("uuencode-no-end", () => A(From + "Content-Transfer-Encoding: x-uuencode\r\n\r\nbegin 644\r\nM" + new string('!', 60) + "\r\n"));
        yield return ("tnef-magic-in-text", () => [.. A(From + "Content-Type: application/octet-stream\r\n\r\n"), 0x78, 0x9F, 0x3E, 0x22]);
        yield return ("signed-without-parts", () => A(From + "Content-Type: multipart/signed; boundary=s\r\n\r\n--s--\r\n"));
        yield return ("encrypted-multipart", () => A(From + "Content-Type: multipart/encrypted; boundary=e\r\n\r\n--e\r\n\r\nx\r\n--e--"));
        yield return ("digest-of-garbage", () => A(From + "Content-Type: multipart/digest; boundary=d\r\n\r\n" + Rep("--d\r\n\r\n\u00ff\u0000garbage\r\n", 150) + "--d--"));
        yield return ("warnings-flood", () => A(From + "Content-Type: multipart/mixed; boundary=w\r\n\r\n" + string.Concat(Enumerable.Range(0, 190).Select(i => $"--w\r\nContent-Type: text/plain; charset=x-{i}\r\nContent-Transfer-Encoding: x-{i}\r\n\r\n\u00e4\r\n")) + "--w--"));
        yield return ("alternative-flood", () => A(From + "Content-Type: multipart/alternative; boundary=a\r\n\r\n" + Rep("--a\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n", 190) + "--a--"));
        yield return ("header-only", () => A("From: a@example.org"));
        yield return ("header-continuation-first", () => A(" folded first line\r\nFrom: a@example.org\r\n\r\nb"));
        yield return ("header-space-before-colon", () => A("From : a@example.org\r\nSubject\t: x\r\n\r\nb"));
        yield return ("mbox-line-only", () => A("From someone"));
        yield return ("pdf-as-message", () => MailFixtures.MinimalPdf);
        yield return ("forwarded-empty", () => A(From + "Content-Type: message/rfc822\r\n\r\n"));
        yield return ("forwarded-garbage", () => A(From + "Content-Type: message/rfc822\r\n\r\n\u00ff\u00fe\u0000"));
        yield return ("filename-controls-and-bidi", () => A(From + "Content-Type: application/pdf; name=\"=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes("a\u202Efdp.exe\u0000\r\n/../..\\x.pdf")) + "?=\"\r\n\r\n%PDF-"));
        yield return ("filename-lone-surrogates", () => A(From + "Content-Type: application/pdf; name*=utf-8''%ED%A0%80%ED%B0%80.pdf\r\n\r\n%PDF-"));
        yield return ("mixed-line-ends-multipart", () => A(From + "Content-Type: multipart/mixed; boundary=m\r\n\n--m\r\n\nx\n\r\n--m\n\r\ny\r\n--m--\n"));
    }

    private static byte[] RandomBytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>One to four seeded edits of a fixture.</summary>
    private static byte[] Mutate(byte[] source, Random random)
    {
        var data = new List<byte>(source);
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits && data.Count > 0; e++)
        {
            var at = random.Next(data.Count);
            switch (random.Next(9))
            {
                case 0:
                    data[at] = (byte)random.Next(256);
                    break;
                case 1:
                    data.RemoveRange(at, data.Count - at);
                    break;
                case 2:
                    data.RemoveRange(at, Math.Min(random.Next(1, 400), data.Count - at));
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 2000), data.Count - at);
                    var copy = data.GetRange(at, length);
                    var times = random.Next(1, 50);
                    for (var t = 0; t < times; t++)
                    {
                        data.InsertRange(at, copy);
                    }

                    break;
                case 4:
                    data.InsertRange(at, Encoding.ASCII.GetBytes(random.Next(4) switch
                    {
                        0 => "\r\n--",
                        1 => "\r\n\r\n",
                        2 => "=?utf-8?B?",
                        _ => "Content-Type: multipart/mixed; boundary=z\r\n",
                    }));
                    break;
                case 5:
                    data = ReplaceAll(data, "\r\n"u8.ToArray(), random.Next(2) == 0 ? "\n"u8.ToArray() : "\r"u8.ToArray());
                    break;
                case 6:
                    for (var k = 0; k < 20; k++)
                    {
                        data[random.Next(data.Count)] = 0;
                    }

                    break;
                case 7:
                    data = ReplaceAll(data, "--"u8.ToArray(), "-"u8.ToArray());
                    break;
                default:
                    for (var k = 0; k < 50; k++)
                    {
                        data[random.Next(data.Count)] ^= (byte)(1 << random.Next(8));
                    }

                    break;
            }
        }

        return [.. data];
    }

    private static List<byte> ReplaceAll(List<byte> data, byte[] find, byte[] replacement)
    {
        var result = new List<byte>(data.Count);
        var array = data.ToArray();
        var i = 0;
        while (i < array.Length)
        {
            if (array.AsSpan(i).StartsWith(find))
            {
                result.AddRange(replacement);
                i += find.Length;
            }
            else
            {
                result.Add(array[i++]);
            }
        }

        return result;
    }
}
