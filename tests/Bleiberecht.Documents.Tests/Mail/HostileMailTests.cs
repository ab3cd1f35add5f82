using System.Diagnostics;
using Bleiberecht.Documents.Mail;

namespace Bleiberecht.Documents.Tests.Mail;

/// <summary>
/// Every malformed or hostile e-mail ends in a typed error or a result within a second of CPU time; nothing crashes.
/// (Wall time is also bounded, loosely, because the CI machine is shared.)
/// </summary>
public sealed class HostileMailTests
{
    private static readonly TimeSpan CpuBound = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan WallBound = TimeSpan.FromSeconds(10);

    public static TheoryData<string> Cases => [.. HostileMailCases.Names];

    static HostileMailTests()
    {
        // Warm up (JIT) so the first case is not measured with compilation.
        _ = MimeMessageReader.Read(MailFixtures.Bytes("thunderbird-attachment.eml"));
    }

    [Fact]
    public void There_are_at_least_200_cases()
    {
        Assert.True(HostileMailCases.Names.Count() >= 200, $"only {HostileMailCases.Names.Count()} cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_mail_gives_typed_error_or_result_within_a_second(string name)
    {
        ReadsOrRefusesInTime(name, HostileMailCases.Get(name));
    }

    [Fact]
    [Trait("Category", "Long")]
    public void Many_more_mutants_give_typed_error_or_result_within_a_second_Long()
    {
        foreach (var fixture in MailFixtures.EmlNames)
        {
            for (var seed = HostileMailCases.MutationsPerFixture; seed < 500; seed++)
            {
                ReadsOrRefusesInTime($"mutant/{fixture}/{seed}", HostileMailCases.Mutant(fixture, seed));
            }
        }
    }

    private static void ReadsOrRefusesInTime(string name, byte[] message)
    {

        var cpu = ThreadCpuTime.IsAvailable ? ThreadCpuTime.Now() : TimeSpan.Zero;
        var watch = Stopwatch.StartNew();
        try
        {
            var mail = MimeMessageReader.Read(message);
            watch.Stop();
            Assert.NotNull(mail.TextBody);
            Assert.All(mail.Attachments, a => Assert.False(string.IsNullOrWhiteSpace(a.FileName)));
            Assert.All(mail.Attachments, a => Assert.DoesNotContain(a.FileName, c => char.IsControl(c) || c is '/' or '\\'));
            _ = MailProblems.Check(mail);
        }
        catch (MimeParseException e)
        {
            watch.Stop();
            Assert.True(e.InnerException is null, $"defect behind {e.Reason}: {e.InnerException}");
        }

        var cpuUsed = ThreadCpuTime.IsAvailable ? ThreadCpuTime.Now() - cpu : watch.Elapsed;
        Assert.True(cpuUsed < CpuBound, $"{name} took {cpuUsed.TotalMilliseconds:0} ms CPU");
        Assert.True(watch.Elapsed < WallBound, $"{name} took {watch.Elapsed.TotalMilliseconds:0} ms");
    }
}
