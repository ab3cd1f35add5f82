using System.Reflection;
using System.Text.RegularExpressions;
using Bleiberecht.Functions.Deployment;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Functions.Mail;
using Bleiberecht.Testing;
using Microsoft.Extensions.Configuration;

namespace Bleiberecht.Functions.Tests.Deployment;

/// <summary>
/// Settings parity: what the code binds (<see cref="KnownSettings"/>, checked against the options types and the code's
/// setting literals) is exactly what local.settings.sample.json and the Bicep app settings set, or Azure provides.
/// </summary>
public sealed partial class SettingsParityTests
{
    [Fact]
    public void Local_sample_lists_exactly_the_settings_marked_for_it()
    {
        var expected = KnownSettings.From(SettingSource.LocalSample).Select(s => s.Name).Order(StringComparer.Ordinal);

        Assert.Equal(expected, RepoFiles.LocalSampleValues().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bicep_app_settings_are_exactly_the_settings_marked_for_Bicep()
    {
        var expected = KnownSettings.From(SettingSource.Bicep).Select(s => s.Name).Order(StringComparer.Ordinal);

        Assert.Equal(expected, RepoFiles.BicepAppSettings().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_setting_has_a_source_or_is_documented_as_optional_or_azure_provided()
    {
        var docs = RepoFiles.Read("docs/deployment.md");
        foreach (var setting in KnownSettings.All)
        {
            Assert.True(docs.Contains($"`{setting.Name}`", StringComparison.Ordinal), $"docs/deployment.md does not document {setting.Name}");
        }

        Assert.All(KnownSettings.All.Where(s => s.ReadByHostOnly), s => Assert.Equal(SettingSource.Bicep, s.Source));
        Assert.DoesNotContain(KnownSettings.All.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase), g => g.Count() > 1);
    }

    [Fact]
    public void Options_types_bind_exactly_the_known_Host_and_Mail_settings()
    {
        var bound = SettingNames(FunctionHostOptions.Section, typeof(FunctionHostOptions))
            .Concat(typeof(MailOptions).GetConstructors().Single().GetParameters().Select(p => "Mail__" + p.Name))
            .Order(StringComparer.Ordinal);

        var known = KnownSettings.All.Select(s => s.Name).Where(n => n.StartsWith("Host__", StringComparison.Ordinal) || n.StartsWith("Mail__", StringComparison.Ordinal));

        Assert.Equal(known.Order(StringComparer.Ordinal), bound);
    }

    [Fact]
    public void Setting_names_written_in_the_code_are_known()
    {
        var known = KnownSettings.All.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "functions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match m in SettingLiteral().Matches(File.ReadAllText(file)))
            {
                var name = m.Groups["name"].Value;
                var isKnown = known.Contains(name)
                    || known.Any(k => k.StartsWith(name + "__", StringComparison.Ordinal)) // a section or connection prefix ("AzureWebJobsStorage", "Host__Schedules")
                    || name.StartsWith(KnownSettings.SchedulePrefix, StringComparison.Ordinal);
                if (!isKnown)
                {
                    unknown.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: {name}");
                }
            }
        }

        Assert.Empty(unknown);
    }

    [Fact]
    public void Local_sample_values_work_and_equal_the_defaults()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariablesFrom(RepoFiles.LocalSampleValues()).Build();

        var mail = MailOptions.FromConfiguration(configuration);
        var host = configuration.GetSection(FunctionHostOptions.Section).Get<FunctionHostOptions>()!;

        Assert.Equal((MailProvider.Smtp, "127.0.0.1", 1025), (mail.Provider, mail.SmtpHost, mail.SmtpPort)); // maildev as ./bf run starts it
        Assert.Equal(new FunctionHostOptions().Queues, host.Queues);
        Assert.Equal(new FunctionHostOptions().BlobPollingInterval, host.BlobPollingInterval);
        Assert.Empty(host.Problems(FunctionCatalog.Default));
    }

    [Fact]
    public void Bicep_defaults_without_mail_parameters_start_with_mail_off()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariablesFrom(new Dictionary<string, string>
        {
            ["Mail__Provider"] = "None", ["Mail__From"] = "", ["Mail__SmtpHost"] = "", ["Mail__SmtpPort"] = "587", ["Mail__AcsEndpoint"] = "",
        }).Build();

        Assert.Equal(MailProvider.None, MailOptions.FromConfiguration(configuration).Provider);
    }

    [Theory]
    [InlineData("Mail__Provider", "Pigeon", "Mail__Provider must be None, Smtp or AzureCommunicationServices")]
    [InlineData("Mail__SmtpHost", "", "Mail__SmtpHost is required")]
    [InlineData("Mail__SmtpPort", "70000", "Mail__SmtpPort must be a TCP port number")]
    [InlineData("Mail__From", "not an address", "Mail__From must be a mail address")]
    public void Unusable_mail_setting_is_rejected_naming_it(string name, string value, string message)
    {
        var values = RepoFiles.LocalSampleValues();
        values[name] = value;
        var configuration = new ConfigurationBuilder().AddEnvironmentVariablesFrom(values).Build();

        var e = Assert.Throws<InvalidConfigurationException>(() => MailOptions.FromConfiguration(configuration));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_communication_services_needs_an_https_endpoint()
    {
        var values = new Dictionary<string, string> { ["Mail__Provider"] = "AzureCommunicationServices", ["Mail__From"] = "sekretariat@example.org", ["Mail__AcsEndpoint"] = "http://acs.example" };

        var e = Assert.Throws<InvalidConfigurationException>(() => MailOptions.FromConfiguration(new ConfigurationBuilder().AddEnvironmentVariablesFrom(values).Build()));
        Assert.Contains("Mail__AcsEndpoint must be an https URL", e.Message, StringComparison.Ordinal);

        values["Mail__AcsEndpoint"] = "https://bleiberecht.germany.communication.azure.com";
        Assert.Equal("bleiberecht.germany.communication.azure.com", MailOptions.FromConfiguration(new ConfigurationBuilder().AddEnvironmentVariablesFrom(values).Build()).AcsEndpoint!.Host);
    }

    private static IEnumerable<string> SettingNames(string prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var name = prefix + "__" + property.Name;
            var t = property.PropertyType;
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Dictionary<,>))
            {
                yield return name + "__<Function>";
            }
            else if (t.IsClass && t != typeof(string))
            {
                foreach (var nested in SettingNames(name, t))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return name;
            }
        }
    }

    // "Section__Key" spellings, FUNCTIONS_/ASPNETCORE_/WEBSITE_/APPLICATIONINSIGHTS_ variables and the storage connection name.
    [GeneratedRegex("\"(?<name>(?:[A-Za-z]+__[A-Za-z_]+)|(?:(?:FUNCTIONS|ASPNETCORE|WEBSITE|APPLICATIONINSIGHTS|AZURE)_[A-Z_]+)|AzureWebJobsStorage)\"")]
    private static partial Regex SettingLiteral();
}
