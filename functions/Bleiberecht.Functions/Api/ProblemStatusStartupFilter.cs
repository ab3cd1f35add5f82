namespace Bleiberecht.Functions.Api;

/// <summary>Puts <see cref="ProblemStatusMiddleware"/> in front of the pipeline (Program.cs stays untouched).</summary>
internal sealed class ProblemStatusStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<ProblemStatusMiddleware>();
        next(app);
    };
}
