namespace Procountor.Sdk;

/// <summary>
/// Where to send the user to log in, and the <see cref="State"/> to keep (e.g. in the session cookie) until the
/// browser comes back, so that <see cref="ProcountorAuthorization.CompleteAsync"/> can prove the callback answers
/// this request and not a forged one.
/// </summary>
/// <param name="Url">The Procountor login page with client id, redirect URI and state.</param>
/// <param name="State">An unguessable value generated for this request only.</param>
public sealed record AuthorizationRequest(Uri Url, string State);
