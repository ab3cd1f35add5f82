namespace Bleiberecht.Functions.Hosting;

/// <summary>A setting the app needs is missing or malformed; the message names it. The app exits with a non-zero code.</summary>
internal sealed class InvalidConfigurationException(string message, Exception? innerException = null) : Exception(message, innerException);
