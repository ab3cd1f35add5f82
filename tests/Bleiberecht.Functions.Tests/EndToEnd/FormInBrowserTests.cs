using System.Text.RegularExpressions;
using Bleiberecht.Documents.Application;
using Bleiberecht.Functions.Auth;
using Bleiberecht.Functions.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bleiberecht.Functions.Tests.EndToEnd;

/// <summary>
/// A counsellor in a real browser (Debian's Chromium, headless, driven by Playwright) against the whole running system:
/// signs in with a development token, submits the form, sees the case number; a file without consent shows what is
/// missing. Nothing is faked: intake, reader, storage and orchestration are the app's.
/// </summary>
public sealed partial class FormInBrowserTests(EndToEndFixture fx) : IClassFixture<EndToEndFixture>, IAsyncLifetime
{
    private const string ApplicationLabel = "Unterschriebener Kurzantrag (PDF, Pflichtangabe)";
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            throw new InvalidOperationException($"The browser test needs Chromium at {BrowserFixture.ChromiumPath}: `./bf test` installs it (Debian package chromium).");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = BrowserFixture.ChromiumPath, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    [Fact]
    public async Task Counsellor_submits_the_form_and_sees_the_case_number_of_the_registered_case()
    {
        var page = await SignedInPageAsync();
        await page.GetByLabel(ApplicationLabel).SetInputFilesAsync(Pdf("kurzantrag.pdf", KurzantragSamples.Pdf(KurzantragSamples.Complete("BR1"))));
        await page.GetByRole(AriaRole.Button, new() { Name = "Antrag einreichen" }).ClickAsync();

        var caseNumber = await page.Locator("#vorgangsnummer").InnerTextAsync();
        Assert.Matches(CaseNumber(), caseNumber.Trim());
        var stored = await fx.WaitForCaseAsync(caseNumber.Trim(), c => c["channel"]?.GetValue<string>() == "Form", "registered from the form");
        Assert.Equal("awo", stored["organisationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task File_without_consent_shows_the_missing_consent_precisely()
    {
        var page = await SignedInPageAsync();
        await page.GetByLabel(ApplicationLabel).SetInputFilesAsync(Pdf("antrag.pdf", KurzantragSamples.Pdf(KurzantragSamples.WithoutConsent("BR2"))));
        await page.GetByRole(AriaRole.Button, new() { Name = "Antrag einreichen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Was noch fehlt" })).ToBeVisibleAsync();
        var missing = string.Join("\n", await page.Locator("h2:text-is('Was noch fehlt') + p + ul > li").AllInnerTextsAsync());
        Assert.Contains("Einwilligung", missing, StringComparison.Ordinal);
    }

    private async Task<IPage> SignedInPageAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var token = Uri.EscapeDataString(fx.TokenFor(EndToEndFixture.Counsellor));
        await page.GotoAsync(new Uri(fx.App.BaseAddress, $"/api/dev/anmelden?token={token}&returnUrl=/api/antrag").ToString());
        await Expect(page.GetByLabel(ApplicationLabel)).ToBeVisibleAsync();
        return page;
    }

    private static FilePayload Pdf(string name, byte[] content) => new() { Name = name, MimeType = "application/pdf", Buffer = content };

    [GeneratedRegex(@"^BF-\d{4}-\d{4}$")]
    private static partial Regex CaseNumber();
}
