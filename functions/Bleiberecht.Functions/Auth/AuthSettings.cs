using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Auth;

/// <summary>
/// The authentication settings, checked at start-up: <c>Auth__Mode</c> (default: <c>AppService</c> in custom-handler
/// mode, <c>Development</c> standalone) and <c>Auth__DevelopmentKey</c> (base64, at least 32 bytes).
/// Development mode is refused in custom-handler mode (Azure); App Service mode is refused standalone (no platform in
/// front strips a forged <c>X-MS-CLIENT-PRINCIPAL</c> there).
/// </summary>
/// <param name="Mode">The scheme.</param>
/// <param name="DevelopmentKey">The HMAC key of development tokens (null: no development token is accepted).</param>
/// <param name="PlatformAuthenticationEnabled">App Service mode: <c>WEBSITE_AUTH_ENABLED</c> is true, so the platform strips and sets the principal headers.</param>
internal sealed record AuthSettings(AuthMode Mode, byte[]? DevelopmentKey, bool PlatformAuthenticationEnabled)
{
    public const string ModeSetting = "Auth__Mode";
    public const string DevelopmentKeySetting = "Auth__DevelopmentKey";

    /// <summary>Set by App Service when its authentication (Easy Auth) is on.</summary>
    public const string PlatformAuthenticationSetting = "WEBSITE_AUTH_ENABLED";

    /// <summary>The shortest development key accepted (HMAC-SHA256 wants at least its output size).</summary>
    public const int MinimumKeyBytes = 32;

    public static AuthSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var customHandler = configuration[FunctionApp.CustomHandlerPortVariable] is { Length: > 0 };
        var modeText = configuration[Key(ModeSetting)];
        AuthMode mode;
        if (string.IsNullOrWhiteSpace(modeText))
        {
            mode = customHandler ? AuthMode.AppService : AuthMode.Development;
        }
        else if (!Enum.TryParse(modeText.Trim(), ignoreCase: true, out mode) || !Enum.IsDefined(mode))
        {
            throw new InvalidConfigurationException($"{ModeSetting} must be 'AppService' or 'Development', not '{modeText}'.");
        }

        if (mode == AuthMode.Development && customHandler)
        {
            throw new InvalidConfigurationException(
                $"{ModeSetting}=Development is refused in custom-handler mode (Azure): development tokens are for local runs only; use AppService.");
        }

        if (mode == AuthMode.AppService && !customHandler)
        {
            throw new InvalidConfigurationException(
                $"{ModeSetting}=AppService needs the Functions host behind App Service authentication (custom-handler mode); standalone, anyone could send X-MS-CLIENT-PRINCIPAL. Use Development locally.");
        }

        var key = ReadKey(configuration[Key(DevelopmentKeySetting)]);
        var platform = bool.TryParse(configuration[PlatformAuthenticationSetting], out var enabled) && enabled;
        return new AuthSettings(mode, key, platform);
    }

    /// <summary>Decodes a development key; throws naming the setting (never the value) when unusable; null when empty.</summary>
    public static byte[]? ReadKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException e)
        {
            throw new InvalidConfigurationException($"{DevelopmentKeySetting} must be base64.", e);
        }

        return key.Length >= MinimumKeyBytes
            ? key
            : throw new InvalidConfigurationException($"{DevelopmentKeySetting} must hold at least {MinimumKeyBytes} bytes (base64 of 32 random bytes), not {key.Length}.");
    }

    private static string Key(string setting) => setting.Replace("__", ":", StringComparison.Ordinal);
}
