using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bleiberecht.Testing;

/// <summary>
/// A real SMTP server (npm <c>smtp-server</c>, script <c>Node/smtp-sink.mjs</c>) on a free loopback port, one per fixture.
/// It accepts every message (AUTH optional; with credentials only <see cref="UserName"/>/<see cref="Password"/>),
/// refuses recipients whose local part starts with <c>refuse</c> with <c>550</c>, and keeps what it received for
/// <see cref="WaitForMailsAsync(Func{ReceivedMail, bool}, int, TimeSpan?)"/>. STARTTLS is not offered unless
/// <see cref="OfferStartTls"/> (its certificate is self-signed). Use as an xunit class or collection fixture.
/// </summary>
public sealed class SmtpSinkFixture : IAsyncLifetime
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);
    private readonly StringBuilder log = new();
    private readonly string directory = Path.Combine(Path.GetTempPath(), "bf-smtp-sink-" + Guid.NewGuid().ToString("N"));
    private Process? process;

    /// <summary>The host to connect to (<c>127.0.0.1</c>).</summary>
    public string Host => "127.0.0.1";

    /// <summary>The port the sink listens on (known after start).</summary>
    public int Port { get; private set; }

    /// <summary>The user name the sink accepts for AUTH PLAIN/LOGIN.</summary>
    public string UserName { get; } = "sink";

    /// <summary>The password the sink accepts for AUTH PLAIN/LOGIN.</summary>
    public string Password { get; } = "sink-password";

    /// <summary>Offer STARTTLS with smtp-server's built-in self-signed certificate (set before start).</summary>
    public bool OfferStartTls { get; init; }

    /// <summary>What the server printed so far (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>Every message received so far, in order.</summary>
    public IReadOnlyList<ReceivedMail> Received
    {
        get
        {
            if (!Directory.Exists(directory))
            {
                return [];
            }

            return Directory.GetFiles(directory, "*.json")
                .Order(StringComparer.Ordinal)
                .Select(Load)
                .ToArray();
        }
    }

    /// <summary>Starts the server on a free port.</summary>
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        Port = FreePorts.Take(1)[0];
        var arguments = new List<string>
        {
            "--port", Port.ToString(CultureInfo.InvariantCulture),
            "--dir", directory,
            "--user", UserName,
            "--password", Password,
        };
        if (OfferStartTls)
        {
            arguments.Add("--starttls");
        }

        process = NodeProcess.Start(Path.Combine(RepoPaths.Root, "tests", "Bleiberecht.Testing", "Node", "smtp-sink.mjs"), arguments, log);
        try
        {
            await FreePorts.WaitUntilListeningAsync(Port, TimeSpan.FromSeconds(30), () => !process.HasExited);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException("The SMTP sink did not start: " + e.Message + Environment.NewLine + Log, e);
        }
    }

    /// <summary>Stops the server and deletes what it received.</summary>
    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process?.Dispose();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> received messages match <paramref name="predicate"/> and returns all
    /// that match; throws <see cref="TimeoutException"/> (with what was received) after <paramref name="timeout"/> (default 15 s).
    /// </summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForMailsAsync(Func<ReceivedMail, bool> predicate, int count = 1, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var matching = Received.Where(predicate).ToArray();
            if (matching.Length >= count)
            {
                return matching;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException(
                    $"Expected {count} matching message(s), got {matching.Length} of {Received.Count} received." + Environment.NewLine + Log);
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> messages were received in total and returns them all.</summary>
    public Task<IReadOnlyList<ReceivedMail>> WaitForMailsAsync(int count, TimeSpan? timeout = null) => WaitForMailsAsync(_ => true, count, timeout);

    /// <summary>The messages whose envelope recipients include <paramref name="address"/> (case-insensitive).</summary>
    public IReadOnlyList<ReceivedMail> ReceivedBy(string address) =>
        Received.Where(m => m.EnvelopeTo.Contains(address, StringComparer.OrdinalIgnoreCase)).ToArray();

    private static ReceivedMail Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        return new ReceivedMail(
            int.Parse(Path.GetFileNameWithoutExtension(path), CultureInfo.InvariantCulture),
            root.GetProperty("from").GetString() ?? "",
            root.GetProperty("to").EnumerateArray().Select(e => e.GetString() ?? "").ToArray(),
            root.GetProperty("user").GetString(),
            root.GetProperty("tls").GetBoolean(),
            Convert.FromBase64String(root.GetProperty("data").GetString() ?? ""));
    }
}
