namespace Bleiberecht.Documents.Mail;

/// <summary>State of one read: limits, time budget, part count and the warnings collected.</summary>
internal sealed class ReadContext
{
    private const int MaxWarnings = 64;
    private readonly TimeProvider timeProvider;
    private readonly long started;
    private readonly CancellationToken cancellationToken;
    private readonly List<MailWarning> warnings = [];
    private int parts;
    private int groups;

    public ReadContext(MimeReaderLimits limits, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        Limits = limits;
        this.timeProvider = timeProvider;
        this.cancellationToken = cancellationToken;
        started = timeProvider.GetTimestamp();
    }

    public MimeReaderLimits Limits { get; }

    public IReadOnlyList<MailWarning> Warnings => warnings;

    /// <summary>Counts a newly found MIME entity; throws when there are too many.</summary>
    public void AddPart()
    {
        if (++parts > Limits.MaxParts)
        {
            throw new MimeParseException(MimeParseError.TooManyParts, $"The message has more than {Limits.MaxParts} MIME parts.");
        }
    }

    public int NewGroup() => ++groups;

    public void CheckDepth(int depth)
    {
        if (depth > Limits.MaxDepth)
        {
            throw new MimeParseException(MimeParseError.TooDeep, $"The message nests parts deeper than {Limits.MaxDepth} levels.");
        }
    }

    public void CheckBudget()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (timeProvider.GetElapsedTime(started) > Limits.TimeBudget)
        {
            throw new MimeParseException(MimeParseError.TimeBudgetExceeded, $"Reading the message took longer than {Limits.TimeBudget.TotalSeconds:0.###} s.");
        }
    }

    public void Warn(MailWarningCode code, string detail)
    {
        if (detail.Length > 200)
        {
            detail = detail[..200] + "…";
        }

        if (warnings.Count < MaxWarnings && !warnings.Exists(w => w.Code == code && w.Detail == detail))
        {
            warnings.Add(new MailWarning(code, detail));
        }
    }
}
