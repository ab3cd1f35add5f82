using System.Diagnostics;
using System.Text;

namespace Bleiberecht.Documents.Application;

/// <summary>Runs a separate program with a time limit (killed with its children when it overruns).</summary>
internal static class ExternalProgram
{
    /// <summary>The full path of <paramref name="program"/>: itself when it is a path to a file, else found on <c>PATH</c>.</summary>
    public static string? Find(string program)
    {
        if (string.IsNullOrWhiteSpace(program))
        {
            return null;
        }

        if (program.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || program.Contains(Path.AltDirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(program) ? program : null;
        }

        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories.Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
    }

    /// <summary>Runs the program; null when it cannot start or does not finish within <paramref name="timeout"/>.</summary>
    public static (int ExitCode, string Output)? Run(string program, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("The process did not start.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return null;
            }

            process.WaitForExit();
            _ = error.GetAwaiter().GetResult();
            return (process.ExitCode, output.GetAwaiter().GetResult());
        }
    }
}
