using System.Text;

namespace Bleiberecht.Documents.Mail;

/// <summary>RFC 5322 address lists (mailboxes, groups, comments, obsolete routes), read leniently.</summary>
internal static class AddressParser
{
    private const int MaxAddresses = 1000;

    public static List<MailAddress> Parse(string? header, ReadContext? context)
    {
        var result = new List<MailAddress>();
        if (string.IsNullOrWhiteSpace(header))
        {
            return result;
        }

        var tokens = Tokenize(header);
        var phrase = new List<Token>();
        string? angle = null;
        string? comment = null;
        var i = 0;
        while (i < tokens.Count && result.Count < MaxAddresses)
        {
            var token = tokens[i++];
            switch (token.Kind)
            {
                case TokenKind.Special when token.Text == "," || token.Text == ";":
                    Flush();
                    break;
                case TokenKind.Special when token.Text == ":" && angle is null:
                    phrase.Clear();
                    comment = null;
                    break;
                case TokenKind.Special when token.Text == "<":
                    var sb = new StringBuilder();
                    while (i < tokens.Count && !(tokens[i].Kind == TokenKind.Special && tokens[i].Text == ">"))
                    {
                        if (tokens[i].Kind != TokenKind.Comment)
                        {
                            sb.Append(tokens[i].Kind == TokenKind.Quoted ? Quote(tokens[i].Text) : tokens[i].Text);
                        }

                        i++;
                    }

                    i++;
                    angle = sb.ToString();
                    break;
                case TokenKind.Comment:
                    comment ??= token.Text;
                    break;
                default:
                    phrase.Add(token);
                    break;
            }
        }

        Flush();
        return result;

        void Flush()
        {
            string? address;
            string? display;
            if (angle is not null)
            {
                address = angle;
                var route = address.LastIndexOf(':');
                if (route >= 0)
                {
                    address = address[(route + 1)..];
                }

                display = PhraseText(phrase, context);
            }
            else if (phrase.Count > 0)
            {
                address = string.Concat(phrase.Select(t => t.Kind == TokenKind.Quoted ? Quote(t.Text) : t.Text));
                display = comment is null ? null : Clean(EncodedWords.Decode(comment, context));
            }
            else
            {
                address = null;
                display = null;
            }

            if (address is not null && address.Length > 0)
            {
                if (Normalize(address) is { } normalized)
                {
                    result.Add(new MailAddress(string.IsNullOrWhiteSpace(display) ? null : display, normalized));
                }
                else
                {
                    context?.Warn(MailWarningCode.MalformedAddress, "An address without a valid local@domain form was left out.");
                }
            }

            phrase.Clear();
            angle = null;
            comment = null;
        }
    }

    /// <summary><c>local@domain</c> with the domain lower case, or null when the form is invalid.</summary>
    internal static string? Normalize(string address)
    {
        address = address.Trim();
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1 || address.Length > 998)
        {
            return null;
        }

        var local = address[..at];
        var domain = address[(at + 1)..].TrimEnd('.').ToLowerInvariant();
        var quotedLocal = local.Length >= 2 && local[0] == '"' && local[^1] == '"';
        if (domain.Length == 0 || domain.StartsWith('.') || domain.Contains("..", StringComparison.Ordinal) ||
            domain.Any(IsInvalid) || local.Any(c => char.IsControl(c) || (!quotedLocal && IsInvalid(c))))
        {
            return null;
        }

        return $"{local}@{domain}";
    }

    private static bool IsInvalid(char c) => char.IsControl(c) || c is ' ' or '<' or '>' or ',' or ';' or '"' or '(' or ')';

    private static string? PhraseText(List<Token> phrase, ReadContext? context)
    {
        if (phrase.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var token in phrase)
        {
            if (sb.Length > 0 && token.Text != "." && token.SpaceBefore)
            {
                sb.Append(' ');
            }

            sb.Append(token.Text);
        }

        var text = Clean(EncodedWords.Decode(sb.ToString(), context));
        return text.Length == 0 ? null : text;
    }

    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(char.IsControl(c) ? ' ' : c);
        }

        return sb.ToString().Trim().Trim('\'').Trim();
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        var space = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            if (c == '"')
            {
                var sb = new StringBuilder();
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        i++;
                    }

                    sb.Append(text[i]);
                    i++;
                }

                i++;
                tokens.Add(new Token(TokenKind.Quoted, sb.ToString(), space));
            }
            else if (c == '(')
            {
                var sb = new StringBuilder();
                var depth = 1;
                i++;
                while (i < text.Length)
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        sb.Append(text[i + 1]);
                        i += 2;
                        continue;
                    }

                    depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
                    if (depth == 0)
                    {
                        break;
                    }

                    sb.Append(text[i]);
                    i++;
                }

                i++;
                tokens.Add(new Token(TokenKind.Comment, sb.ToString(), space));
            }
            else if (c is '<' or '>' or ',' or ':' or ';' or '@' or '.')
            {
                tokens.Add(new Token(TokenKind.Special, c.ToString(), space));
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '(' or '<' or '>' or ',' or ':' or ';' or '@' or '.'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Atom, text[start..i], space));
            }

            space = false;
        }

        return tokens;
    }

    private enum TokenKind
    {
        Atom,
        Quoted,
        Comment,
        Special,
    }

    private sealed record Token(TokenKind Kind, string Text, bool SpaceBefore);
}
