using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Procountor.Runtime.Kiota;

/// <summary>
/// Lets a Kiota <see cref="IAuthenticationProvider"/> (a bearer-token provider, an API-key provider, one written for
/// another Kiota client) authenticate the requests of generated clients: put it in the <see cref="HttpClient"/>'s
/// handler pipeline. The provider sees the request's method and absolute URI and adds its headers.
/// </summary>
public sealed class KiotaAuthenticationHandler : DelegatingHandler
{
    private readonly IAuthenticationProvider _provider;

    /// <summary>Creates the handler; set <see cref="DelegatingHandler.InnerHandler"/> or let an HttpClient factory do it.</summary>
    public KiotaAuthenticationHandler(IAuthenticationProvider provider)
    {
        _provider = provider ?? throw new ArgumentNullException(nameof(provider));
    }

    /// <summary>Creates the handler over <paramref name="innerHandler"/>.</summary>
    public KiotaAuthenticationHandler(IAuthenticationProvider provider, HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
        _provider = provider ?? throw new ArgumentNullException(nameof(provider));
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var information = new RequestInformation
        {
            HttpMethod = Enum.Parse<Method>(request.Method.Method, ignoreCase: true),
            URI = request.RequestUri ?? throw new InvalidOperationException("The request has no URI."),
        };
        await _provider.AuthenticateRequestAsync(information, null, cancellationToken).ConfigureAwait(false);
        foreach (var header in information.Headers)
        {
            request.Headers.Remove(header.Key);
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
