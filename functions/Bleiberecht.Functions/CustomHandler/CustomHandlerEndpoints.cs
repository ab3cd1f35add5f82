using System.Text.Json;
using Bleiberecht.Functions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.CustomHandler;

/// <summary>
/// The custom-handler invocation contract: the Functions host posts <c>{"Data": ..., "Metadata": ...}</c> to
/// <c>/{FunctionName}</c> for every queue, blob and timer function of the catalog; the app answers
/// <c>{"Outputs": ..., "Logs": [...], "ReturnValue": ...}</c> with 200, or 500 when the function failed (the host then
/// retries and poisons as configured in host.json), or 400 when the body is not a valid invocation.
/// HTTP functions are not mapped here: with <c>enableForwardingHttpRequest</c> the host forwards the original request to <c>/api/...</c>.
/// </summary>
internal static class CustomHandlerEndpoints
{
    public static IEndpointRouteBuilder MapCustomHandlerInvocations(this IEndpointRouteBuilder endpoints, FunctionCatalog catalog)
    {
        foreach (var function in catalog.Functions.Where(f => f.Kind != TriggerKind.Http))
        {
            endpoints.MapPost("/" + function.Name, (HttpContext context, FunctionInvoker invoker, TimeProvider time, ILoggerFactory loggers) =>
                InvokeAsync(function, context, invoker, time, loggers.CreateLogger(typeof(CustomHandlerEndpoints).FullName!)))
                .ExcludeFromDescription()
                // The host puts a blob trigger's whole content into Data (a large e-mail exceeds Kestrel's 30 MB default);
                // only the local Functions host can reach this port.
                .WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute());
        }

        return endpoints;
    }

    private static async Task<IResult> InvokeAsync(FunctionDefinition function, HttpContext context, FunctionInvoker invoker, TimeProvider time, ILogger logger)
    {
        var cancellationToken = context.RequestAborted;
        InvocationRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<InvocationRequest>(context.Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            request = null;
        }

        if (request is null)
        {
            return Reject(function, logger, "the body is not an invocation request");
        }

        try
        {
            var now = time.GetUtcNow();
            switch (function.Kind)
            {
                case TriggerKind.Queue:
                    await invoker.InvokeAsync(function, InvocationPayload.ToQueueInvocation(function, request, now), cancellationToken);
                    break;
                case TriggerKind.Blob:
                    await invoker.InvokeAsync(function, InvocationPayload.ToBlobInvocation(function, request), cancellationToken);
                    break;
                case TriggerKind.Timer:
                    await invoker.InvokeAsync(function, InvocationPayload.ToTimerInvocation(function, request, now), cancellationToken);
                    break;
            }
        }
        catch (InvocationPayloadException e)
        {
            return Reject(function, logger, e.Message);
        }
#pragma warning disable CA1031 // Any failure of the function is reported to the host as a failed invocation; it was logged by the invoker.
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return Results.Json(
                new InvocationResponse { Logs = [$"{function.Name} failed: {e.GetType().Name}"] },
                statusCode: StatusCodes.Status500InternalServerError);
        }

        return Results.Json(new InvocationResponse { Logs = [$"{function.Name} succeeded"] });
    }

    private static IResult Reject(FunctionDefinition function, ILogger logger, string reason)
    {
        HostLog.InvocationRejected(logger, function.Name, reason);
        return Results.Json(new InvocationResponse { Logs = [$"{function.Name} rejected the invocation: {reason}"] }, statusCode: StatusCodes.Status400BadRequest);
    }
}
