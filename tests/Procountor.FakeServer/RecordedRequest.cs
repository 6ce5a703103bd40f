namespace Procountor.FakeServer;

/// <summary>One request exactly as the server received it.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path, e.g. <c>/v2312/api/invoices</c>.</param>
/// <param name="Query">Query string including the <c>?</c>, or empty.</param>
/// <param name="Headers">Every header, names as sent.</param>
/// <param name="Body">The body bytes.</param>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string[]> Headers, byte[] Body)
{
    /// <summary>Path and query, as a client would have written them.</summary>
    public string Target => Path + Query;

    /// <summary>The first value of a header, case-insensitively, or <c>null</c>.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    /// <summary>The body as UTF-8 text.</summary>
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
}
