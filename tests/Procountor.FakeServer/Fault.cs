namespace Procountor.FakeServer;

/// <summary>Something going wrong on purpose, for one matching request.</summary>
public abstract record Fault
{
    /// <summary>429 with a <c>Retry-After</c> header (seconds or an HTTP date, as given).</summary>
    public sealed record TooManyRequests(string RetryAfter) : Fault;

    /// <summary>An answer with this status, body and content type (an HTML proxy page, an <c>ErrorResponse</c>, a 503).</summary>
    public sealed record Status(int Code, string Body = "", string ContentType = "application/json") : Fault;

    /// <summary>A 200 whose headers promise more body than is sent before the connection is dropped.</summary>
    public sealed record ConnectionReset : Fault;

    /// <summary>No answer until <paramref name="Delay"/> has passed or the client gives up.</summary>
    public sealed record Slow(TimeSpan Delay) : Fault;

    /// <summary>A 200 with JSON that stops halfway.</summary>
    public sealed record MalformedJson : Fault;

    /// <summary>401, as when the server has expired the access token before its <c>exp</c>.</summary>
    public sealed record ExpiredToken : Fault;
}
