using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Functions.Auth;

/// <summary>
/// Development tokens: <c>base64url(payload JSON) "." base64url(HMAC-SHA256(key, first part))</c>. For local runs only
/// (the app refuses Development mode in Azure); a token names the actor it stands for and when it expires.
/// </summary>
internal static class DevelopmentTokens
{
    /// <summary>The cookie the no-JS form uses (set by <c>GET /api/dev/anmelden</c>).</summary>
    public const string CookieName = "bf_dev_token";

    private const long MinUnixSeconds = -62_135_596_800;
    private const long MaxUnixSeconds = 253_402_300_799;

    /// <summary>
    /// The instant token expiry is checked against: real time, also when the development clock was moved forward
    /// (a token printed by <c>auth token</c> stays valid for its hours while a demo jumps weeks ahead).
    /// </summary>
    public static DateTimeOffset ExpiryNow(TimeProvider timeProvider) =>
        timeProvider is DevClock.AdjustableTimeProvider adjustable ? adjustable.SystemUtcNow : timeProvider.GetUtcNow();

    /// <summary>Signs a token for <paramref name="actor"/>, valid until <paramref name="expiresAt"/>.</summary>
    public static string Issue(Actor actor, DateTimeOffset expiresAt, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var payload = new DevelopmentTokenPayload(actor.Role.ToString(), actor.Subject, actor.CommitteeId, actor.OrganisationId, actor.MemberId, expiresAt.ToUnixTimeSeconds());
        var body = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
        return body + "." + Base64Url.EncodeToString(Sign(body, key));
    }

    /// <summary>Checks signature and expiry and returns the actor, or the reason for refusing the token.</summary>
    public static bool TryRead(string? token, byte[] key, DateTimeOffset now, [NotNullWhen(true)] out Actor? actor, out DevelopmentTokenError error)
    {
        actor = null;
        error = DevelopmentTokenError.Malformed;
        var parts = (token ?? string.Empty).Trim().Split('.');
        if (parts.Length != 2 || parts[0].Length == 0 || !IsBase64Url(parts[0]) || !IsBase64Url(parts[1]))
        {
            return false;
        }

        byte[] signature;
        byte[] json;
        try
        {
            signature = Base64Url.DecodeFromChars(parts[1]);
            json = Base64Url.DecodeFromChars(parts[0]);
        }
        catch (FormatException)
        {
            return false;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0], key)))
        {
            error = DevelopmentTokenError.BadSignature;
            return false;
        }

        DevelopmentTokenPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<DevelopmentTokenPayload>(json);
        }
        catch (JsonException)
        {
            return false;
        }

        if (payload is null
            || !Enum.TryParse<ActorRole>(payload.Role, ignoreCase: false, out var role)
            || !Enum.IsDefined(role)
            || role == ActorRole.System
            || string.IsNullOrWhiteSpace(payload.Subject)
            || (role != ActorRole.Operator && string.IsNullOrWhiteSpace(payload.Committee))
            || payload.ExpiresAt is < MinUnixSeconds or > MaxUnixSeconds)
        {
            return false;
        }

        if (DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresAt) <= now)
        {
            error = DevelopmentTokenError.Expired;
            return false;
        }

        actor = new Actor(role, payload.Subject, payload.Committee, payload.Organisation, payload.Member);
        return true;
    }

    private static bool IsBase64Url(string text) => text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static byte[] Sign(string body, byte[] key) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(body));
}
