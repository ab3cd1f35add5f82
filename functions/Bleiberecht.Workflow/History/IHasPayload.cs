namespace Bleiberecht.Workflow.History;

/// <summary>An event with a serialized payload that may live in a blob when it is large.</summary>
internal interface IHasPayload
{
    string? Payload { get; }

    HistoryEvent WithPayload(string? payload);
}
