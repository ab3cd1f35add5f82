namespace Bleiberecht.Functions.Tests.Api;

/// <summary>
/// The expected status of every endpoint for every role (own committee, own organisation, invited member, in term).
/// Written independently of the app's access table: a change there that is not made here fails the matrix test.
/// </summary>
internal static class AuthorizationMatrix
{
    public static readonly string[] Roles = ["Counsellor", "Secretariat", "Member", "ForeignersAuthority", "Operator", "Anonymous"];

    public static IReadOnlyList<MatrixRow> Rows { get; } =
    [
        new("GET", "/api/me", "/api/me", "C=200 S=200 M=200 A=200 O=200 -=401"),
        new("GET", "/api/dev/anmelden", "/api/dev/anmelden?token={token}", "C=303 S=303 M=303 A=303 O=303 -=303"),
        new("GET", "/api/openapi/{documentName}.json", "/api/openapi/v1.json", "C=200 S=200 M=200 A=200 O=200 -=200"),
        new("GET", "/api/forms/kurzantrag.pdf", "/api/forms/kurzantrag.pdf", "C=200 S=200 M=200 A=200 O=200 -=200"),
        new("GET", "/api/forms/einwilligung.pdf", "/api/forms/einwilligung.pdf?committee=kreis-unna", "C=200 S=200 M=200 A=200 O=200 -=200"),

        new("POST", "/api/committees/{committee}/cases", "/api/committees/dortmund/cases", "C=201 S=403 M=403 A=403 O=403 -=401", MatrixRow.Multipart),
        new("GET", "/api/committees/{committee}/cases", "/api/committees/dortmund/cases?year=2026", "C=200 S=200 M=403 A=200 O=403 -=401"),
        new("GET", "/api/cases/{caseNumber}", "/api/cases/BF-2026-0001", "C=200 S=200 M=403 A=200 O=403 -=401"),
        new("POST", "/api/cases/{caseNumber}/documents", "/api/cases/BF-2026-0001/documents", "C=200 S=403 M=403 A=403 O=403 -=401", MatrixRow.Multipart),
        new("POST", "/api/cases/{caseNumber}/withdrawal", "/api/cases/BF-2026-0001/withdrawal", "C=202 S=202 M=403 A=403 O=403 -=401", """{"reason":"Ausreise"}"""),
        new("POST", "/api/cases/{caseNumber}/consent-revocation", "/api/cases/BF-2026-0001/consent-revocation", "C=202 S=202 M=403 A=403 O=403 -=401"),
        new("POST", "/api/cases/{caseNumber}/exclusions", "/api/cases/BF-2026-0001/exclusions", "C=202 S=202 M=403 A=202 O=403 -=401", """{"fact":"AsylumApplication"}"""),
        new("GET", "/api/cases/{caseNumber}/documents", "/api/cases/BF-2026-0001/documents", "C=200 S=200 M=403 A=200 O=403 -=401"),
        new("GET", "/api/cases/{caseNumber}/audit", "/api/cases/BF-2026-0001/audit", "C=403 S=200 M=403 A=403 O=200 -=401"),

        new("POST", "/api/committees/{committee}/sessions", "/api/committees/dortmund/sessions", "C=403 S=201 M=403 A=403 O=403 -=401", """{"kind":"AdHoc","startsAt":"2026-12-20T15:00:00+01:00","place":"Rathaus, Saal 2"}"""),
        new("GET", "/api/committees/{committee}/sessions", "/api/committees/dortmund/sessions?year=2026", "C=403 S=200 M=200 A=403 O=403 -=401"),
        new("GET", "/api/sessions/{sessionId}", "/api/sessions/BF-S-2026-04", "C=403 S=200 M=200 A=403 O=403 -=401"),
        new("GET", "/api/sessions/{sessionId}/documents", "/api/sessions/BF-S-2026-04/documents", "C=403 S=200 M=200 A=403 O=403 -=401"),
        new("PUT", "/api/sessions/{sessionId}/cases/{caseNumber}", "/api/sessions/BF-S-2026-04/cases/BF-2026-0001", "C=403 S=202 M=403 A=403 O=403 -=401"),
        new("POST", "/api/sessions/{sessionId}/cases/{caseNumber}/assessment", "/api/sessions/BF-S-2026-04/cases/BF-2026-0001/assessment", "C=403 S=202 M=403 A=403 O=403 -=401", """{"recommendation":"HardshipRequest","text":"Das Gremium empfiehlt ein Härtefallersuchen."}"""),
        new("POST", "/api/sessions/{sessionId}/cases/{caseNumber}/deferral", "/api/sessions/BF-S-2026-04/cases/BF-2026-0001/deferral", "C=403 S=202 M=403 A=403 O=403 -=401", """{"reason":"Stellungnahme der ABH fehlt"}"""),
        new("POST", "/api/sessions/{sessionId}/conclusion", "/api/sessions/BF-S-2026-04/conclusion", "C=403 S=202 M=403 A=403 O=403 -=401", """{"presentMemberIds":["wohlfahrt-1","abh-leitung"],"chair":"wohlfahrt-1"}"""),

        new("GET", "/api/documents/{**documentId}", "/api/documents/documents/cases/BF-2026-0001/einschaetzung.pdf", "C=200 S=200 M=403 A=200 O=403 -=401"),
        new("GET", "/api/committees/{committee}/statistics/{year}", "/api/committees/dortmund/statistics/2026", "C=403 S=200 M=403 A=403 O=200 -=401"),
        new("GET", "/api/operations/orchestrations", "/api/operations/orchestrations?status=Running", "C=403 S=403 M=403 A=403 O=200 -=401"),
        new("GET", "/api/operations/orchestrations/{instanceId}", "/api/operations/orchestrations/BF-2026-0001", "C=403 S=403 M=403 A=403 O=200 -=401"),
    ];

    /// <summary>Endpoints of the host shell that are not part of the API's access table (health probe, operator probes).</summary>
    public static IReadOnlyList<string> HostShellEndpoints { get; } =
    [
        "GET /api/health",
        "POST /api/probe/workflow",
        "GET /api/probe/workflow/{id}",
    ];

    /// <summary>
    /// The counsellors' HTML form (pages, not JSON; posts need an antiforgery token): counsellors only, every other role
    /// gets a 403 page, anonymous callers a sign-in page — tested per role in tests/Bleiberecht.Functions.Tests/Forms.
    /// </summary>
    public static IReadOnlyList<string> FormEndpoints { get; } =
    [
        "GET /api/antrag",
        "POST /api/antrag",
        "GET /api/antrag/{caseNumber}/nachreichen",
        "POST /api/antrag/{caseNumber}/nachreichen",
    ];
}
