using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Procountor.FakeServer;

public sealed partial class FakeProcountorServer
{
    private void MapOAuth(WebApplication app)
    {
        app.MapPost("/api/oauth/token", TokenAsync);

        // The login page of a user who is already signed in: straight back to the redirect URI with a code.
        app.MapGet("/login", (HttpContext context) =>
        {
            var q = context.Request.Query;
            if (q["response_type"] != "code" || q["client_id"] != ClientId || q["redirect_uri"] != RedirectUri || string.IsNullOrEmpty(q["state"]))
                return Results.BadRequest("response_type=code, the registered client_id and redirect_uri, and a state are required");
            var code = Tokens.IssueCode(RedirectUri);
            return Results.Redirect($"{RedirectUri}?code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(q["state"]!)}");
        });

        app.MapPost("/logout", (HttpContext context) =>
        {
            Tokens.Revoke(context.Request.Headers.Authorization.ToString()["Bearer ".Length..]);
            Tokens.RevokeRefreshTokens();
            return Results.NoContent();
        });
    }

    private async Task TokenAsync(HttpContext context)
    {
        // Since 23.09: any parameter in the URL of the token endpoint is refused.
        if (context.Request.QueryString.HasValue)
        {
            await Respond.Errors(context, 403, "Parameters are not allowed in the URL").ConfigureAwait(false);
            return;
        }
        if (context.Request.ContentType != "application/x-www-form-urlencoded")
        {
            await Respond.OAuthError(context, 400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded without a charset").ConfigureAwait(false);
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            await Respond.OAuthError(context, 401, "invalid_client", "Unknown client or wrong secret").ConfigureAwait(false);
            return;
        }

        string grant = form["grant_type"].ToString();
        JsonObject answer;
        switch (grant)
        {
            case "client_credentials" when form["api_key"] == ApiKey:
                answer = new JsonObject { ["access_token"] = Tokens.IssueAccessToken() };
                break;
            case "authorization_code" when Tokens.TryRedeemCode(form["code"].ToString(), form["redirect_uri"].ToString()):
                answer = new JsonObject { ["access_token"] = Tokens.IssueAccessToken(), ["refresh_token"] = Tokens.IssueRefreshToken() };
                break;
            case "refresh_token" when Tokens.TryUseRefreshToken(form["refresh_token"].ToString()):
                answer = new JsonObject { ["access_token"] = Tokens.IssueAccessToken() };
                break;
            case "client_credentials" or "authorization_code" or "refresh_token":
                await Respond.OAuthError(context, 400, "invalid_grant", $"The {grant} grant was refused").ConfigureAwait(false);
                return;
            default:
                await Respond.OAuthError(context, 400, "unsupported_grant_type", $"Unknown grant_type '{grant}'").ConfigureAwait(false);
                return;
        }
        Tokens.CountGrant(grant);
        answer["token_type"] = "bearer";
        answer["expires_in"] = (long)Tokens.AccessTokenLifetime.TotalSeconds;
        await Respond.Json(context, answer).ConfigureAwait(false);
    }
}
