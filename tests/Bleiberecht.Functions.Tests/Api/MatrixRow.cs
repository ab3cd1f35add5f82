using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Bleiberecht.Functions.Tests.Api;

/// <summary>One endpoint of the authorization matrix: a concrete request and the status each role must get.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Pattern">The route pattern, as the app's endpoint data source names it.</param>
/// <param name="Path">A concrete path for the request (<c>{token}</c> is replaced by a valid counsellor token).</param>
/// <param name="Expected">"C=200 S=200 M=403 A=200 O=403 -=401": counsellor, secretariat, member, ABH, operator, anonymous.</param>
/// <param name="Body">The request body: null, JSON text, or <see cref="Multipart"/>.</param>
internal sealed record MatrixRow(string Method, string Pattern, string Path, string Expected, string? Body = null)
{
    public const string Multipart = "<multipart>";

    public string Key => $"{Method} {Pattern}";

    public int ExpectedFor(string role)
    {
        var letter = role switch
        {
            "Counsellor" => "C",
            "Secretariat" => "S",
            "Member" => "M",
            "ForeignersAuthority" => "A",
            "Operator" => "O",
            _ => "-",
        };
        return Expected.Split(' ').Select(p => p.Split('=')).Where(p => p[0] == letter).Select(p => int.Parse(p[1], CultureInfo.InvariantCulture)).Single();
    }

    public HttpRequestMessage Request(string counsellorToken)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Path.Replace("{token}", counsellorToken, StringComparison.Ordinal));
        if (Body == Multipart)
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7 matrix " + Path));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "files", "kurzantrag.pdf");
            request.Content = form;
        }
        else if (Body is not null)
        {
            request.Content = new StringContent(Body, Encoding.UTF8, "application/json");
        }

        return request;
    }
}
