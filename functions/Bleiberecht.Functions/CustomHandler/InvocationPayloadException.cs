namespace Bleiberecht.Functions.CustomHandler;

/// <summary>A custom-handler invocation body that does not carry what the function needs.</summary>
internal sealed class InvocationPayloadException(string message) : Exception(message);
