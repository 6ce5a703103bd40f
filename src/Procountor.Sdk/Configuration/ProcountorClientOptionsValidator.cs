using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Procountor.Sdk;

/// <summary>Rejects options that cannot work, naming the setting and what to do, before the first request is sent.</summary>
internal sealed partial class ProcountorClientOptionsValidator : IValidateOptions<ProcountorClientOptions>
{
    public ValidateOptionsResult Validate(string? name, ProcountorClientOptions options)
    {
        var failures = Check(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Check(ProcountorClientOptions o)
    {
        const string Prefix = "Procountor client options: ";
        if (o.BaseUrl is { } url)
        {
            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
                yield return Prefix + $"BaseUrl '{url}' must be an absolute http(s) URL such as https://api.procountor.com.";
            else if (url.Scheme == Uri.UriSchemeHttp && !IsLoopback(url))
                yield return Prefix + $"BaseUrl '{url}' uses plain http; credentials and tokens may only travel over https (http is allowed for loopback hosts).";
            else if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
                yield return Prefix + $"BaseUrl '{url}' must not have a query string or fragment.";
        }

        if (string.IsNullOrWhiteSpace(o.ApiVersion) || !VersionSegment().IsMatch(o.ApiVersion))
            yield return Prefix + $"ApiVersion '{o.ApiVersion}' is not a version segment; use 'vYYMM' (e.g. v2312), 'supported' or 'latest'.";
        if (string.IsNullOrWhiteSpace(o.ClientId))
            yield return Prefix + "ClientId is required (the API client id Procountor issued).";
        if (string.IsNullOrWhiteSpace(o.ClientSecret))
            yield return Prefix + "ClientSecret is required (the API client secret Procountor issued).";
        if (!o.UsesApiKey && o.RedirectUri is null)
            yield return Prefix + "set ApiKey for machine-to-machine authentication, or RedirectUri for the authorization-code flow.";
        if (o.RedirectUri is { } redirect && (!redirect.IsAbsoluteUri || !string.IsNullOrEmpty(redirect.Query)))
            yield return Prefix + $"RedirectUri '{redirect}' must be absolute and have no query string (Procountor rejects registered redirect URIs with one).";
        if (o.Timeout <= TimeSpan.Zero)
            yield return Prefix + $"Timeout must be positive (was {o.Timeout}).";
        if (o.TokenRefreshMargin < TimeSpan.Zero)
            yield return Prefix + $"TokenRefreshMargin must not be negative (was {o.TokenRefreshMargin}).";
        if (o.BatchConcurrency < 1)
            yield return Prefix + $"BatchConcurrency must be at least 1 (was {o.BatchConcurrency}).";
        if (o.Retry.MaxRetries < 0)
            yield return Prefix + $"Retry.MaxRetries must not be negative (was {o.Retry.MaxRetries}).";
        if (o.Retry.BaseDelay < TimeSpan.Zero || o.Retry.MaxDelay < o.Retry.BaseDelay)
            yield return Prefix + $"Retry.BaseDelay ({o.Retry.BaseDelay}) must not be negative nor above Retry.MaxDelay ({o.Retry.MaxDelay}).";
        if (o.Retry.MaxRetryAfter < TimeSpan.Zero)
            yield return Prefix + $"Retry.MaxRetryAfter must not be negative (was {o.Retry.MaxRetryAfter}).";
        if (o.RateLimit.RequestsPerSecond < 0)
            yield return Prefix + $"RateLimit.RequestsPerSecond must not be negative (was {o.RateLimit.RequestsPerSecond}; 0 turns the limiter off).";
        if (o.RateLimit.QueueLimit < 0)
            yield return Prefix + $"RateLimit.QueueLimit must not be negative (was {o.RateLimit.QueueLimit}).";
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));

    [GeneratedRegex("^(v[0-9]{4}|supported|latest)$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionSegment();
}
