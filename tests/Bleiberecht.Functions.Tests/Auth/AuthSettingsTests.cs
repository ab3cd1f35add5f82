using Bleiberecht.Functions.Auth;
using Bleiberecht.Functions.Hosting;
using Microsoft.Extensions.Configuration;

namespace Bleiberecht.Functions.Tests.Auth;

/// <summary>Start-up checks of the authentication settings (exit code 3 naming the setting).</summary>
public sealed class AuthSettingsTests
{
    private static readonly string Key = Convert.ToBase64String(new byte[32]);

    [Fact]
    public void Defaults_are_App_Service_behind_the_Functions_host_and_Development_standalone()
    {
        Assert.Equal(AuthMode.AppService, Read(("FUNCTIONS_CUSTOMHANDLER_PORT", "7071")).Mode);
        Assert.Equal(AuthMode.Development, Read().Mode);
        Assert.Null(Read().DevelopmentKey);
    }

    [Fact]
    public void Development_mode_is_refused_in_custom_handler_mode()
    {
        var e = Assert.Throws<InvalidConfigurationException>(() => Read(("FUNCTIONS_CUSTOMHANDLER_PORT", "7071"), ("Auth:Mode", "Development"), ("Auth:DevelopmentKey", Key)));

        Assert.Contains("Auth__Mode=Development is refused in custom-handler mode", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void App_Service_mode_is_refused_standalone()
    {
        var e = Assert.Throws<InvalidConfigurationException>(() => Read(("Auth:Mode", "AppService")));

        Assert.Contains("X-MS-CLIENT-PRINCIPAL", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Auth:Mode", "Kerberos", "Auth__Mode")]
    [InlineData("Auth:DevelopmentKey", "not base64!", "Auth__DevelopmentKey must be base64")]
    [InlineData("Auth:DevelopmentKey", "c2hvcnQ=", "at least 32 bytes")]
    public void Unusable_value_is_refused_naming_the_setting(string key, string value, string message)
    {
        var e = Assert.Throws<InvalidConfigurationException>(() => Read((key, value)));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        if (key == "Auth:DevelopmentKey")
        {
            Assert.DoesNotContain(value, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_app_does_not_build_with_Development_mode_behind_the_Functions_host()
    {
        Assert.Throws<InvalidConfigurationException>(() => FunctionApp.Build(
            ["--AzureWebJobsStorage=UseDevelopmentStorage=true", "--FUNCTIONS_CUSTOMHANDLER_PORT=7071", "--Auth:Mode=Development"]));
    }

    private static AuthSettings Read(params (string Key, string Value)[] values) =>
        AuthSettings.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());
}
