using Bleiberecht.Functions.Tests.Forms;
using Microsoft.Playwright;

namespace Bleiberecht.Functions.Tests.Browser;

/// <summary>
/// The form host plus Debian's Chromium driven by Playwright (headless, no browser download: the package's Node
/// driver launches <see cref="ChromiumPath"/>). Each test opens its own browser context (own cookies).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts the browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    internal FormHost Host { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}, which is missing. `./bf test` installs it (Debian package chromium).");
        }

        await Host.InitializeAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>A fresh page in a fresh context, signed in as the counsellor of <see cref="FormHost.Counsellor"/>.</summary>
    internal async Task<IPage> CounsellorPageAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        await context.AddCookiesAsync(
        [
            new Cookie
            {
                Name = TestAuthenticationHandler.CookieName,
                Value = TestAuthenticationHandler.CookieValue(FormHost.Counsellor),
                Url = Host.BaseAddress.ToString(),
            },
        ]);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(10_000);
        return page;
    }
}
