namespace Bleiberecht.Documents.Mail;

/// <summary>Limits that keep <see cref="MimeMessageReader"/> bounded on hostile input. Exceeding one ends in a <see cref="MimeParseException"/> with its own <see cref="MimeParseError"/>.</summary>
public sealed record MimeReaderLimits
{
    /// <summary>The defaults: sized for mail gateways that accept 25 MB of attachments (base64 adds a third).</summary>
    public static MimeReaderLimits Default { get; } = new();

    /// <summary>Largest raw message in bytes (<see cref="MimeParseError.TooLarge"/>).</summary>
    public int MaxMessageBytes { get; init; } = 40 * 1024 * 1024;

    /// <summary>Most MIME entities (the message itself, multiparts, leaves, forwarded messages) (<see cref="MimeParseError.TooManyParts"/>).</summary>
    public int MaxParts { get; init; } = 200;

    /// <summary>Deepest nesting of multiparts and forwarded messages; the message itself is depth 0 (<see cref="MimeParseError.TooDeep"/>).</summary>
    public int MaxDepth { get; init; } = 12;

    /// <summary>Longest unfolded header field in bytes (<see cref="MimeParseError.HeaderTooLong"/>).</summary>
    public int MaxHeaderFieldLength { get; init; } = 100_000;

    /// <summary>Largest header block of one entity in bytes (<see cref="MimeParseError.HeaderTooLong"/>).</summary>
    public int MaxHeaderBlockBytes { get; init; } = 512 * 1024;

    /// <summary>Most header fields in one entity (<see cref="MimeParseError.TooManyHeaders"/>).</summary>
    public int MaxHeaderFields { get; init; } = 1000;

    /// <summary>
    /// Longest wall-clock time one message may take to read (<see cref="MimeParseError.TimeBudgetExceeded"/>). A backstop:
    /// every step is linear, and a 40 MB message takes well under a second of CPU; the margin is for busy hosts.
    /// </summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(20);
}
