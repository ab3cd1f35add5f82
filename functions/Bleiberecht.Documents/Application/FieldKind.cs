namespace Bleiberecht.Documents.Application;

/// <summary>How a form field is filled and read.</summary>
public enum FieldKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text.</summary>
    MultilineText,

    /// <summary>A date, written <c>TT.MM.JJJJ</c> (ISO <c>JJJJ-MM-TT</c> is accepted too).</summary>
    Date,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>A yes/no question: two checkboxes <c>{name}_ja</c> and <c>{name}_nein</c>, exactly one ticked.</summary>
    YesNo,

    /// <summary>A single checkbox (a consent scope, an attestation).</summary>
    Checkbox,

    /// <summary>One of a fixed list of values.</summary>
    Choice,

    /// <summary>A digital signature field.</summary>
    Signature,
}
