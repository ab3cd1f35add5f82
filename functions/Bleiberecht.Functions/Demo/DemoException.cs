namespace Bleiberecht.Functions.Demo;

/// <summary>The demo could not go on (the message says what the system answered).</summary>
internal sealed class DemoException(string message) : Exception(message);
