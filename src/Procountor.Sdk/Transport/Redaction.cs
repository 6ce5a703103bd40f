using System.Net.Http.Headers;
using System.Text;
using Procountor.Runtime;

namespace Procountor.Sdk;

/// <summary>
/// What logs and traces may show of a request. Tokens, API keys, codes and client secrets become <c>[REDACTED]</c>,
/// and so do the headers a request declares sensitive: generated clients declare every header parameter of the spec,
/// which is where the vendor moved the sensitive lookups (names, business ids, user names, account numbers).
/// </summary>
internal static class Redaction
{
    public const string Mask = "[REDACTED]";

    /// <summary>Header and parameter names whose values are always secret, whatever the request says.</summary>
    private static readonly HashSet<string> AlwaysSensitive = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie",
        "access_token", "refresh_token", "id_token", "code", "client_secret", "api_key", "apiKey", "password", "state",
    };

    public static bool IsSensitive(string name, IReadOnlyList<string>? declared) =>
        AlwaysSensitive.Contains(name) || (declared is not null && declared.Contains(name, StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyList<string>? DeclaredSensitiveHeaders(HttpRequestMessage request) =>
        request.Options.TryGetValue(ApiRequestOptions.SensitiveHeaders, out var names) ? names : null;

    /// <summary>The URL with the values of sensitive query parameters masked (none should be there; this is the belt to the braces).</summary>
    public static string Url(Uri? url, IReadOnlyList<string>? declared)
    {
        if (url is null)
            return "";
        if (!url.IsAbsoluteUri || string.IsNullOrEmpty(url.Query))
            return url.ToString();
        var text = new StringBuilder(url.GetLeftPart(UriPartial.Path)).Append('?');
        var first = true;
        foreach (var pair in url.Query.TrimStart('?').Split('&'))
        {
            if (!first)
                text.Append('&');
            first = false;
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? pair : pair[..eq];
            text.Append(eq >= 0 && IsSensitive(Uri.UnescapeDataString(name), declared) ? name + "=" + Mask : pair);
        }
        return text.ToString();
    }

    /// <summary>Headers as "Name: value" lines with sensitive values masked.</summary>
    public static string Headers(HttpHeaders headers, HttpHeaders? contentHeaders, IReadOnlyList<string>? declared)
    {
        var text = new StringBuilder();
        foreach (var set in contentHeaders is null ? [headers] : new[] { headers, contentHeaders })
        {
            foreach (var (name, values) in set.NonValidated)
            {
                if (text.Length > 0)
                    text.Append("; ");
                text.Append(name).Append(": ").Append(IsSensitive(name, declared) ? Mask : string.Join(", ", values));
            }
        }
        return text.ToString();
    }
}
