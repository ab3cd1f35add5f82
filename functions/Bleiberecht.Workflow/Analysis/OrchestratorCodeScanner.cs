using System.Reflection;
using System.Reflection.Emit;

namespace Bleiberecht.Workflow.Analysis;

/// <summary>
/// Scans the IL of orchestrator classes (including their async state machines, lambdas, local functions and the
/// methods of the same assembly they call) for non-deterministic APIs: the clock, <see cref="Guid.NewGuid"/>,
/// randomness, real delays and threads. Use it in a test of every project that defines orchestrators.
/// </summary>
public static class OrchestratorCodeScanner
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The banned members ("Type.Member") and what to use instead.</summary>
    public static IReadOnlyDictionary<string, string> BannedMembers { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["System.DateTime.get_Now"] = "context.CurrentUtcDateTime",
        ["System.DateTime.get_UtcNow"] = "context.CurrentUtcDateTime",
        ["System.DateTime.get_Today"] = "context.CurrentUtcDateTime",
        ["System.DateTimeOffset.get_Now"] = "context.CurrentUtcDateTime",
        ["System.DateTimeOffset.get_UtcNow"] = "context.CurrentUtcDateTime",
        ["System.TimeProvider.GetUtcNow"] = "context.CurrentUtcDateTime",
        ["System.TimeProvider.GetLocalNow"] = "context.CurrentUtcDateTime",
        ["System.Environment.get_TickCount"] = "context.CurrentUtcDateTime",
        ["System.Environment.get_TickCount64"] = "context.CurrentUtcDateTime",
        ["System.Diagnostics.Stopwatch.StartNew"] = "an activity",
        ["System.Diagnostics.Stopwatch.GetTimestamp"] = "an activity",
        ["System.Guid.NewGuid"] = "context.NewGuid()",
        ["System.Guid.CreateVersion7"] = "context.NewGuid()",
        ["System.Random..ctor"] = "an activity",
        ["System.Random.get_Shared"] = "an activity",
        ["System.Security.Cryptography.RandomNumberGenerator.GetBytes"] = "an activity",
        ["System.Threading.Tasks.Task.Delay"] = "context.CreateTimer",
        ["System.Threading.Tasks.Task.Run"] = "an activity",
        ["System.Threading.Thread.Sleep"] = "context.CreateTimer",
        ["System.Threading.Tasks.Task.ConfigureAwait"] = "plain await (continuations must stay on the orchestration thread)",
        ["System.Threading.CancellationTokenSource.CancelAsync"] = "Cancel() (callbacks must run on the orchestration thread)",
    };

    /// <summary>The non-abstract orchestrator classes of <paramref name="assembly"/>.</summary>
    public static IReadOnlyList<Type> FindOrchestratorTypes(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ITaskOrchestrator).IsAssignableFrom(t)).ToArray();
    }

    /// <summary>
    /// Every banned call reachable from the given orchestrator types, as
    /// "<c>Orchestrator: Caller calls Member (use …)</c>"; empty when the code is clean.
    /// </summary>
    public static IReadOnlyList<string> FindBannedCalls(IEnumerable<Type> orchestratorTypes)
    {
        ArgumentNullException.ThrowIfNull(orchestratorTypes);
        var findings = new List<string>();
        foreach (var orchestrator in orchestratorTypes)
        {
            var visited = new HashSet<MethodBase>();
            var queue = new Queue<MethodBase>(MethodsOf(orchestrator));
            while (queue.TryDequeue(out var method))
            {
                if (!visited.Add(method))
                {
                    continue;
                }

                foreach (var called in CalledMethods(method))
                {
                    var key = $"{called.DeclaringType?.FullName}.{called.Name}";
                    if (BannedMembers.TryGetValue(key, out var instead))
                    {
                        findings.Add($"{orchestrator.FullName}: {method.DeclaringType?.Name}.{method.Name} calls {key} (use {instead})");
                    }
                    else if (called.DeclaringType?.Assembly == orchestrator.Assembly && called.GetMethodBody() is not null
                        && !typeof(ITaskActivity).IsAssignableFrom(called.DeclaringType))
                    {
                        queue.Enqueue(called);
                    }
                }
            }
        }

        return findings.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Banned calls of all orchestrators in <paramref name="assembly"/>.</summary>
    public static IReadOnlyList<string> FindBannedCalls(Assembly assembly) => FindBannedCalls(FindOrchestratorTypes(assembly));

    private static IEnumerable<MethodBase> MethodsOf(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            yield return method;
        }

        foreach (var nested in type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic))
        {
            foreach (var method in MethodsOf(nested))
            {
                yield return method;
            }
        }
    }

    private static IEnumerable<MethodBase> CalledMethods(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method is MethodInfo { IsGenericMethod: true } m ? m.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE && position < il.Length)
            {
                value = unchecked((short)(0xFE00 | il[position++]));
            }

            if (!OpCodesByValue.TryGetValue(value, out var opCode))
            {
                yield break;
            }

            var operandStart = position;
            position += OperandSize(opCode.OperandType, il, position);
            if (opCode.OperandType == OperandType.InlineMethod)
            {
                MethodBase? called = null;
                try
                {
                    called = method.Module.ResolveMethod(BitConverter.ToInt32(il, operandStart), typeArguments, methodArguments);
                }
                catch (ArgumentException)
                {
                    // unresolvable generic context: skip
                }

                if (called is not null)
                {
                    yield return called;
                }
            }
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int position) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };
}
