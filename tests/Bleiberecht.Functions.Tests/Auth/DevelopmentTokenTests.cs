using System.Buffers.Text;
using System.Text;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Functions.Auth;
using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Functions.Tests.Auth;

/// <summary>Development tokens: signature, expiry and tampering.</summary>
public sealed class DevelopmentTokenTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)(255 - i)).ToArray();
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Counsellor = new(ActorRole.Counsellor, "fluechtlingsberatung@awo.dortmund.example", "dortmund", "awo");

    [Fact]
    public void Token_gives_back_the_actor_it_was_issued_for()
    {
        var token = DevelopmentTokens.Issue(Counsellor, Now.AddHours(8), Key);

        Assert.True(DevelopmentTokens.TryRead(token, Key, Now, out var actor, out _));
        Assert.Equal(Counsellor, actor);
    }

    [Fact]
    public void Expired_token_is_refused_as_expired()
    {
        var token = DevelopmentTokens.Issue(Counsellor, Now.AddHours(8), Key);

        Assert.True(DevelopmentTokens.TryRead(token, Key, Now.AddHours(8).AddSeconds(-1), out _, out _));
        Assert.False(DevelopmentTokens.TryRead(token, Key, Now.AddHours(8), out _, out var error));
        Assert.Equal(DevelopmentTokenError.Expired, error);
    }

    [Fact]
    public void Payload_changed_to_another_role_is_refused_as_bad_signature()
    {
        var token = DevelopmentTokens.Issue(Counsellor, Now.AddHours(8), Key);
        var parts = token.Split('.');
        var json = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])).Replace("Counsellor", "Secretariat", StringComparison.Ordinal);
        var forged = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json)) + "." + parts[1];

        Assert.False(DevelopmentTokens.TryRead(forged, Key, Now, out var actor, out var error));
        Assert.Null(actor);
        Assert.Equal(DevelopmentTokenError.BadSignature, error);
    }

    [Fact]
    public void Token_signed_with_another_key_is_refused()
    {
        var token = DevelopmentTokens.Issue(Counsellor, Now.AddHours(8), new byte[32]);

        Assert.False(DevelopmentTokens.TryRead(token, Key, Now, out _, out var error));
        Assert.Equal(DevelopmentTokenError.BadSignature, error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b.c")]
    [InlineData("eyJ9.???")]
    [InlineData(".sig")]
    public void Malformed_token_is_refused_as_malformed(string token)
    {
        Assert.False(DevelopmentTokens.TryRead(token, Key, Now, out _, out var error));
        Assert.Equal(DevelopmentTokenError.Malformed, error);
    }

    [Fact]
    public void Signed_payload_without_committee_or_with_system_role_is_refused()
    {
        var noCommittee = DevelopmentTokens.Issue(Counsellor with { CommitteeId = null }, Now.AddHours(1), Key);
        var system = DevelopmentTokens.Issue(Actor.System, Now.AddHours(1), Key);

        Assert.False(DevelopmentTokens.TryRead(noCommittee, Key, Now, out _, out _));
        Assert.False(DevelopmentTokens.TryRead(system, Key, Now, out _, out _));
    }

    [Fact]
    public void Changing_any_one_character_of_a_token_never_yields_an_actor()
    {
        var token = DevelopmentTokens.Issue(Counsellor, Now.AddHours(8), Key);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
        var property = Prop.ForAll(
            Gen.Choose(0, token.Length - 1).ToArbitrary(),
            Gen.Elements(alphabet.ToCharArray()).ToArbitrary(),
            (position, replacement) =>
            {
                var changed = token[..position] + replacement + token[(position + 1)..];
                return changed == token || !DevelopmentTokens.TryRead(changed, Key, Now, out _, out _);
            });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), property);
    }
}
