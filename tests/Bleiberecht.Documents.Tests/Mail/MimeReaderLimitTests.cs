using System.Text;
using Bleiberecht.Documents.Mail;

namespace Bleiberecht.Documents.Tests.Mail;

/// <summary>Each limit ends in its own typed error.</summary>
public sealed class MimeReaderLimitTests
{
    private static MimeParseError ErrorOf(byte[] message, MimeReaderLimits? limits = null, TimeProvider? time = null) =>
        Assert.Throws<MimeParseException>(() => MimeMessageReader.Read(message, limits, time)).Reason;

    [Fact]
    public void Message_over_the_size_limit_is_TooLarge()
    {
        var message = MailBuilder.WithPdf("Content-Type: application/pdf", new byte[4000]);

        Assert.Equal(MimeParseError.TooLarge, ErrorOf(message, new MimeReaderLimits { MaxMessageBytes = 2000 }));
    }

    [Fact]
    public async Task Stream_over_the_size_limit_is_refused_before_reading_it_all()
    {
        using var endless = new EndlessStream();

        var error = await Assert.ThrowsAsync<MimeParseException>(() => MimeMessageReader.ReadAsync(endless, new MimeReaderLimits { MaxMessageBytes = 1_000_000 }));

        Assert.Equal(MimeParseError.TooLarge, error.Reason);
        Assert.True(endless.Position < 2_000_000);
    }

    [Fact]
    public void A_million_parts_is_TooManyParts_quickly()
    {
        Assert.Equal(MimeParseError.TooManyParts, ErrorOf(MailBuilder.ManyParts(1_000_000)));
    }

    [Fact]
    public void Parts_up_to_the_limit_are_read()
    {
        var mail = MimeMessageReader.Read(MailBuilder.ManyParts(10), new MimeReaderLimits { MaxParts = 11 });

        Assert.Equal(string.Join("\n\n", Enumerable.Repeat("x", 10)), mail.TextBody);
        Assert.Equal(MimeParseError.TooManyParts, ErrorOf(MailBuilder.ManyParts(11), new MimeReaderLimits { MaxParts = 11 }));
    }

    [Fact]
    public void Deep_nesting_is_TooDeep_and_the_allowed_depth_is_read()
    {
        Assert.Equal(MimeParseError.TooDeep, ErrorOf(MailBuilder.Nested(10_000)));
        Assert.Equal(MimeParseError.TooDeep, ErrorOf(MailBuilder.Nested(13)));
        Assert.Equal("innermost", MimeMessageReader.Read(MailBuilder.Nested(12)).TextBody);
    }

    [Fact]
    public void Forwarded_messages_nested_too_deep_are_TooDeep()
    {
        var message = "Subject: innermost\r\n\r\ntext";
        for (var i = 0; i < 20; i++)
        {
            message = $"From: a@example.org\r\nContent-Type: message/rfc822\r\n\r\n{message}";
        }

        Assert.Equal(MimeParseError.TooDeep, ErrorOf(Encoding.ASCII.GetBytes(message)));
    }

    [Fact]
    public void Huge_header_field_is_HeaderTooLong()
    {
        var folded = string.Concat(Enumerable.Repeat("\r\n x", 60_000));

        Assert.Equal(MimeParseError.HeaderTooLong, ErrorOf(MailBuilder.Simple("Subject: a" + folded)));
        Assert.Equal(MimeParseError.HeaderTooLong, ErrorOf(MailBuilder.Simple("Subject: " + new string('a', 200_000))));
    }

    [Fact]
    public void Huge_header_block_is_HeaderTooLong_and_many_fields_TooManyHeaders()
    {
        var fields = string.Concat(Enumerable.Range(0, 900).Select(i => $"X-H{i}: {new string('v', 1000)}\r\n"));

        Assert.Equal(MimeParseError.HeaderTooLong, ErrorOf(MailBuilder.Simple(fields)));
        Assert.Equal(MimeParseError.TooManyHeaders, ErrorOf(MailBuilder.Simple(string.Concat(Enumerable.Range(0, 1500).Select(i => $"X-{i}: v\r\n")))));
    }

    [Fact]
    public void Reading_past_the_time_budget_is_TimeBudgetExceeded()
    {
        var slowClock = new SteppingTimeProvider(TimeSpan.FromSeconds(1));

        Assert.Equal(MimeParseError.TimeBudgetExceeded, ErrorOf(MailBuilder.ManyParts(20), new MimeReaderLimits { TimeBudget = TimeSpan.FromSeconds(5) }, slowClock));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n   \r\n")]
    [InlineData("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n")]
    [InlineData("\r\nbody without any header")]
    public void Input_that_is_not_a_message_is_Malformed(string input)
    {
        Assert.Equal(MimeParseError.Malformed, ErrorOf(Encoding.Latin1.GetBytes(input)));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => MimeMessageReader.Read(MailBuilder.ManyParts(3), cancellationToken: cts.Token));
    }

    private sealed class EndlessStream : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
