using System.Text;
using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Forms;

/// <summary>Pages that only explain: sign-in needed, no permission, case not found, service unavailable.</summary>
internal static class MessagePage
{
    /// <summary>A page with a heading and paragraphs of plain text, and a link back to the form.</summary>
    public static string Render(string title, params string[] paragraphs)
    {
        var main = new StringBuilder();
        main.Append("<h1>").Append(Html.Encode(title)).Append("</h1>\n");
        foreach (var paragraph in paragraphs)
        {
            main.Append("<p>").Append(Html.Encode(paragraph)).Append("</p>\n");
        }

        main.Append("<p><a href=\"/api/antrag\">Zum Antragsformular</a></p>\n");
        return FormLayout.Page(title, hasError: true, main.ToString());
    }

    /// <summary>
    /// How to sign in. In Azure the app sits behind App Service authentication (the organisation's account);
    /// locally a development token from the command line is turned into a cookie.
    /// </summary>
    public static string SignIn(HostMode mode)
    {
        const string title = "Anmeldung erforderlich";
        var main = new StringBuilder();
        main.Append("<h1>").Append(title).Append("</h1>\n")
            .Append("<p>Anträge können nur registrierte Beraterinnen und Berater der Beratungsstellen einreichen. ")
            .Append("Bitte melden Sie sich an; danach kommen Sie zum Antragsformular.</p>\n");
        if (mode == HostMode.CustomHandler)
        {
            main.Append("<p><a href=\"/.auth/login/aad?post_login_redirect_uri=%2Fapi%2Fantrag\">Mit dem Konto Ihrer Organisation anmelden</a></p>\n")
                .Append("<p>Ihre E-Mail-Adresse muss bei der Geschäftsstelle des Gremiums als Beratungsstelle eingetragen sein. ")
                .Append("Wenn die Anmeldung nicht gelingt, wenden Sie sich bitte an die Geschäftsstelle.</p>\n");
        }
        else
        {
            main.Append("<h2>Lokale Entwicklungsumgebung</h2>\n")
                .Append("<p>Erzeugen Sie ein Entwicklungs-Token für eine eingetragene Beratungsperson, zum Beispiel:</p>\n")
                .Append("<p><code>Bleiberecht.Functions auth token --role Counsellor --committee dortmund --email fluechtlingsberatung@awo.dortmund.example</code></p>\n")
                .Append("<p>Öffnen Sie dann <code>/api/dev/anmelden?token=…&amp;returnUrl=/api/antrag</code> mit diesem Token. ")
                .Append("Die Anmeldung wird als Cookie gespeichert, und Sie kommen zurück zum Antragsformular.</p>\n");
        }

        return FormLayout.Page(title, hasError: false, main.ToString());
    }
}
