using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Bleiberecht.Functions.Tests.Forms;

/// <summary>Posts the form as a browser without JavaScript would: GET the page (cookie + hidden token), then multipart POST.</summary>
internal static partial class FormClient
{
    public static async Task<(HttpResponseMessage Response, string Html)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Gets <paramref name="formPath"/>, then posts <paramref name="files"/> (input name, file name, bytes) to <paramref name="postPath"/>.</summary>
    public static async Task<(HttpResponseMessage Response, string Html)> PostAsync(
        HttpClient client, string formPath, string postPath, IEnumerable<(string Field, string FileName, byte[] Content)> files, bool withToken = true)
    {
        var (_, page) = await GetAsync(client, formPath);
        using var content = new MultipartFormDataContent();
        if (withToken)
        {
            var token = TokenField().Match(page);
            Assert.True(token.Success, "the form page has no antiforgery field: " + page);
            content.Add(new StringContent(token.Groups["value"].Value), token.Groups["name"].Value);
        }

        foreach (var (field, fileName, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, field, fileName);
        }

        var response = await client.PostAsync(new Uri(postPath, UriKind.Relative), content);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]+)\">")]
    private static partial Regex TokenField();
}
