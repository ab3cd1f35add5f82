namespace Bleiberecht.Documents.Application;

/// <summary>The sections of the Kurzantrag, in printed order; the German title is printed on the form.</summary>
public enum FormSection
{
    Counsellor,
    Applicant,
    Residence,
    Exclusions,
    Hardship,
    Family,
    Integration,
    Urgency,
    Consent,
}
