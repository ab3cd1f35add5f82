namespace Bleiberecht.Testing;

/// <summary>Paths inside the repository, found from the test assembly's location.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BleiberechtFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (BleiberechtFunctions.sln) not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder holding <c>BleiberechtFunctions.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The repository's <c>node_modules</c> folder; fails with the install hint when missing.</summary>
    public static string NodeModules
    {
        get
        {
            var path = Path.Combine(Root, "node_modules");
            if (!Directory.Exists(path))
            {
                throw new InvalidOperationException($"{path} is missing: run 'npm ci' in {Root} (the README's test command does).");
            }

            return path;
        }
    }
}
