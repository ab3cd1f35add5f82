using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Bleiberecht.Cases.Committees;

/// <summary>The rules a committee configuration must meet; each problem names its field.</summary>
internal static partial class CommitteeConfigurationValidator
{
    public static IReadOnlyList<string> Validate(CommitteeConfiguration c)
    {
        var problems = new List<string>();
        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }

        Check(IdPattern().IsMatch(c.Id ?? string.Empty), "id: lower-case letters, digits and '-', 2–32 characters");
        Check(!string.IsNullOrWhiteSpace(c.Name), "name: required");
        Check(PrefixPattern().IsMatch(c.CaseNumberPrefix ?? string.Empty), "caseNumberPrefix: 1–5 capital letters");
        Check(TimeZoneExists(c.TimeZone), $"timeZone: '{c.TimeZone}' is not a known IANA time zone");
        CheckContact(c.Secretariat, "secretariat", problems);
        CheckContact(c.ForeignersAuthority, "foreignersAuthority", problems);

        Check(c.Members is { Count: > 0 }, "members: at least one member");
        for (var i = 0; i < (c.Members?.Count ?? 0); i++)
        {
            var m = c.Members![i];
            Check(!string.IsNullOrWhiteSpace(m.Id), $"members[{i}].id: required");
            Check(!string.IsNullOrWhiteSpace(m.Name), $"members[{i}].name: required");
            Check(IsEmail(m.Email), $"members[{i}].email: not an e-mail address");
            Check(Enum.IsDefined(m.Role), $"members[{i}].role: unknown role");
            Check(m.TermStart <= m.TermEnd, $"members[{i}].termEnd: before termStart");
        }

        foreach (var id in Duplicates(c.Members?.Select(m => m.Id)))
        {
            problems.Add($"members: id '{id}' appears more than once");
        }

        foreach (var email in Duplicates(c.Members?.Select(m => m.Email?.ToUpperInvariant())))
        {
            problems.Add($"members: e-mail '{email!.ToLowerInvariant()}' appears more than once");
        }

        Check(c.Organisations is not null, "organisations: required (may be empty)");
        for (var i = 0; i < (c.Organisations?.Count ?? 0); i++)
        {
            var o = c.Organisations![i];
            Check(!string.IsNullOrWhiteSpace(o.Id), $"organisations[{i}].id: required");
            Check(!string.IsNullOrWhiteSpace(o.Name), $"organisations[{i}].name: required");
            for (var j = 0; j < (o.Counsellors?.Count ?? 0); j++)
            {
                Check(IsEmail(o.Counsellors![j].Email), $"organisations[{i}].counsellors[{j}].email: not an e-mail address");
            }
        }

        foreach (var email in Duplicates(c.Organisations?.SelectMany(o => o.Counsellors ?? []).Select(x => x.Email?.ToUpperInvariant())))
        {
            problems.Add($"organisations: counsellor e-mail '{email!.ToLowerInvariant()}' is registered more than once");
        }

        if (c.Sessions is { } s)
        {
            Check(s.MaxRegularSessionsPerYear is >= 1 and <= 12, "sessions.maxRegularSessionsPerYear: between 1 and 12");
            Check(s.InvitationPeriod > TimeSpan.Zero, "sessions.invitationPeriod: must be positive");
            Check(s.AgendaDeadline >= s.InvitationPeriod, "sessions.agendaDeadline: the agenda must close no later than the invitations go out (agendaDeadline ≥ invitationPeriod)");
        }
        else
        {
            problems.Add("sessions: required");
        }

        if (c.Cases is { } r)
        {
            Check(r.ReminderAfter > TimeSpan.Zero, "cases.reminderAfter: must be positive");
            Check(r.IncompleteAfter > r.ReminderAfter, "cases.incompleteAfter: must be after reminderAfter");
            Check(r.RetentionAfterClosing > TimeSpan.Zero, "cases.retentionAfterClosing: must be positive");
        }
        else
        {
            problems.Add("cases: required");
        }

        return problems;
    }

    private static void CheckContact(Contact? contact, string path, List<string> problems)
    {
        if (contact is null)
        {
            problems.Add($"{path}: required");
            return;
        }

        if (string.IsNullOrWhiteSpace(contact.Name))
        {
            problems.Add($"{path}.name: required");
        }

        if (!IsEmail(contact.Email))
        {
            problems.Add($"{path}.email: not an e-mail address");
        }
    }

    private static IEnumerable<string?> Duplicates(IEnumerable<string?>? values) =>
        (values ?? []).Where(v => v is not null).GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

    internal static bool IsEmail(string? value) =>
        !string.IsNullOrWhiteSpace(value) && MailAddress.TryCreate(value, out var address) && address.Address == value.Trim() && value.Contains('.', StringComparison.Ordinal);

    private static bool TimeZoneExists(string? id) => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();
}
