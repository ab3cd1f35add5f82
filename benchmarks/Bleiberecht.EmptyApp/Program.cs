var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/api/health", () => Results.Ok(new { status = "healthy" }));
await app.RunAsync();
