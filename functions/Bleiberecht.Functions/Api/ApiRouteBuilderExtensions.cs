namespace Bleiberecht.Functions.Api;

/// <summary>Maps a row of <see cref="ApiAccess"/> with its access filter and the problem responses for OpenAPI.</summary>
internal static class ApiRouteBuilderExtensions
{
    public static RouteHandlerBuilder MapApi(this IEndpointRouteBuilder endpoints, ApiRoute route, Delegate handler, string tag)
    {
        var builder = endpoints.MapMethods(route.Pattern, [route.Method], handler)
            .WithName(route.Name)
            .WithTags(tag)
            .WithMetadata(route)
            .AddEndpointFilter(new AccessFilter(route))
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status404NotFound);
        if (!route.Anonymous)
        {
            builder.ProducesValidationProblem(StatusCodes.Status401Unauthorized).ProducesValidationProblem(StatusCodes.Status403Forbidden);
        }

        return builder;
    }
}
