using System.Text.RegularExpressions;
using Bleiberecht.Documents.Application;
using Bleiberecht.Functions.Tests.Forms;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bleiberecht.Functions.Tests.Browser;

/// <summary>The form in a real browser (headless Chromium), used as a counsellor would: mouse and keyboard only, no scripts.</summary>
public sealed partial class FormBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string ApplicationLabel = "Unterschriebener Kurzantrag (PDF, Pflichtangabe)";

    [Fact]
    public async Task Counsellor_uploads_a_filled_Kurzantrag_and_sees_the_case_number()
    {
        var page = await OpenFormAsync();
        await page.GetByLabel(ApplicationLabel).SetInputFilesAsync(Pdf("kurzantrag.pdf", Pdfs.Complete()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Antrag einreichen" }).ClickAsync();

        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 2, NameRegex = CaseNumberHeading() });
        await Expect(heading).ToBeVisibleAsync();
        await Expect(page).ToHaveTitleAsync(ConfirmedTitle());
        await Expect(page.GetByText("Der Antrag ist vollständig.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Counsellor_uploads_an_application_without_consent_and_sees_exactly_which_consent_items_are_missing()
    {
        var pdf = Pdfs.WithoutConsent();
        var expected = SubmissionReader.Read([new SubmissionFile("antrag.pdf", pdf)], new SubmissionReadOptions { TimeProvider = browser.Host.Clock })
            .Problems.Where(p => !p.IsWarning).ToList();
        Assert.Contains(expected, p => p.Code == "missing-consent-scope");

        var page = await OpenFormAsync();
        await page.GetByLabel(ApplicationLabel).SetInputFilesAsync(Pdf("antrag.pdf", pdf));
        await page.GetByRole(AriaRole.Button, new() { Name = "Antrag einreichen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Was noch fehlt" })).ToBeVisibleAsync();
        var missing = page.Locator("h2:text-is('Was noch fehlt') + p + ul > li");
        await Expect(missing).ToHaveTextAsync(expected.Select(p => p.MessageDe).ToArray());
        await Expect(page.GetByLabel("Fehlende Unterlagen (PDF)")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Text_file_renamed_pdf_is_shown_at_the_top_and_at_the_field_and_the_summary_link_leads_to_the_field()
    {
        var page = await OpenFormAsync();
        await page.GetByLabel(ApplicationLabel).SetInputFilesAsync(new FilePayload { Name = "notiz.pdf", MimeType = "application/pdf", Buffer = Pdfs.Text() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Antrag einreichen" }).ClickAsync();

        const string message = "Die Datei „notiz.pdf“ ist keine PDF-Datei. Bitte den Kurzantrag als PDF senden.";
        await Expect(page).ToHaveTitleAsync(new Regex("^Fehler: Kurzantrag einreichen"));
        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync(message);
        var field = page.GetByLabel(ApplicationLabel);
        await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(field).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape("Fehler: " + message)));

        await summary.GetByRole(AriaRole.Link, new() { Name = message }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(field).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Upload_over_the_size_limit_gets_the_friendly_page_at_the_field()
    {
        var page = await OpenFormAsync();
        var scan = Path.Combine(Path.GetTempPath(), $"bf-form-{Guid.NewGuid():N}-scan.pdf");
        await File.WriteAllBytesAsync(scan, new byte[32 * 1024 * 1024]);
        try
        {
            // A path, not a buffer: the browser reads the file itself when the form is sent (as with a real upload).
            // 32 MB is also above Kestrel's default body limit (30 MB): the page must arrive all the same.
            await page.GetByLabel(ApplicationLabel).SetInputFilesAsync(scan);
            await page.GetByRole(AriaRole.Button, new() { Name = "Antrag einreichen" }).ClickAsync();

            await Expect(page).ToHaveTitleAsync(new Regex("^Fehler: Kurzantrag einreichen"));
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Die Dateien sind zu groß.");
            await Expect(page.GetByLabel(ApplicationLabel)).ToHaveAttributeAsync("aria-invalid", "true");
        }
        finally
        {
            File.Delete(scan);
        }
    }

    [Fact]
    public async Task Keyboard_only_the_tab_order_reaches_the_file_inputs_and_the_button_and_the_form_can_be_sent()
    {
        var page = await OpenFormAsync();
        var order = new List<string>();
        for (var i = 0; i < 15 && !order.Contains("antrag"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            order.Add(await FocusedAsync(page));
        }

        Assert.Equal("#inhalt", order[0]);
        await Expect(page.GetByLabel(ApplicationLabel)).ToBeFocusedAsync();
        Assert.Equal("solid 3px", await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }"));
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Space"));
        await chooser.SetFilesAsync(Pdf("kurzantrag.pdf", Pdfs.Complete()));
        await page.Keyboard.PressAsync("Tab");
        order.Add(await FocusedAsync(page));
        await page.Keyboard.PressAsync("Tab");
        order.Add(await FocusedAsync(page));

        Assert.Equal(["antrag", "einwilligung", "Antrag einreichen"], order.TakeLast(3));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Antrag einreichen" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, NameRegex = CaseNumberHeading() })).ToBeVisibleAsync();
    }

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return e.id || e.getAttribute('href') || e.textContent.trim(); }");

    private static FilePayload Pdf(string name, byte[] content) => new() { Name = name, MimeType = "application/pdf", Buffer = content };

    private async Task<IPage> OpenFormAsync()
    {
        var page = await browser.CounsellorPageAsync();
        await page.GotoAsync(new Uri(browser.Host.BaseAddress, "api/antrag").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Kurzantrag einreichen" })).ToBeVisibleAsync();
        return page;
    }

    [GeneratedRegex("^Vorgangsnummer BF-2026-\\d{4}$")]
    private static partial Regex CaseNumberHeading();

    [GeneratedRegex("^Antrag eingegangen: BF-2026-\\d{4} – ")]
    private static partial Regex ConfirmedTitle();
}
