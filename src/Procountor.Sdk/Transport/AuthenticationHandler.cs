using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace Procountor.Sdk;

/// <summary>
/// Puts the bearer token on each request. After a 401 it renews the token (single-flight, so a burst of 401s costs
/// one token request) and sends the request once more; a second 401 goes back to the caller.
/// </summary>
internal sealed class AuthenticationHandler(AccessTokenManager tokens, ILogger<AuthenticationHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
            return response;

        Log.TokenRejected(logger, request.Options.GetOperationId());
        response.Dispose();
        token = await tokens.RenewAfterRejectionAsync(token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
