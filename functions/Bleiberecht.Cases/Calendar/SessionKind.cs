namespace Bleiberecht.Cases.Calendar;

/// <summary>Regular sessions are limited per calendar year; ad hoc sessions are held as the occasion requires.</summary>
public enum SessionKind
{
    Regular,
    AdHoc,
}
