using System.Text;
using Microsoft.Extensions.Time.Testing;
using Procountor.FakeServer;

namespace Procountor.Sdk.Tests;

public sealed class FormatTests
{
    [Fact]
    public void The_expiry_of_a_jwt_is_read_from_its_payload()
    {
        var tokens = new FakeTokens(new FakeTimeProvider());
        var exp = DateTimeOffset.FromUnixTimeSeconds(1_900_000_000);

        Assert.Equal(exp, JwtExpiry.Read(tokens.CreateJwt(exp)));
        Assert.Null(JwtExpiry.Read("not-a-jwt"));
        Assert.Null(JwtExpiry.Read("a.b!c.d"));
        Assert.Null(JwtExpiry.Read("e30." + Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"sub\":\"x\"}")).TrimEnd('=') + ".sig"));
    }

    [Fact]
    public void Tokens_never_show_themselves()
    {
        var tokens = new ProcountorTokens("secret-access", DateTimeOffset.UnixEpoch, "secret-refresh", DateTimeOffset.UnixEpoch);

        Assert.DoesNotContain("secret", tokens.ToString());
    }
}
