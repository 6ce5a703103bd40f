using System.Text;
using Microsoft.Extensions.Time.Testing;
using Procountor.FakeServer;

namespace Procountor.Sdk.Tests;

public sealed class FormatTests
{
    [Fact]
    public void Dates_are_yyyy_mm_dd()
    {
        Assert.Equal("2024-02-29", ProcountorDates.FormatDate(new DateOnly(2024, 2, 29)));
        Assert.Equal(new DateOnly(2024, 2, 29), ProcountorDates.ParseDate("2024-02-29"));
        Assert.Throws<FormatException>(() => ProcountorDates.ParseDate("29.2.2024"));
    }

    [Fact]
    public void Date_times_have_no_offset_and_none_is_invented()
    {
        var parsed = ProcountorDates.ParseDateTime("2017-01-30T15:20:00");

        Assert.Equal(new DateTime(2017, 1, 30, 15, 20, 0), parsed);
        Assert.Equal(DateTimeKind.Unspecified, parsed.Kind);
        Assert.Equal("2017-01-30T15:20:00", ProcountorDates.FormatDateTime(parsed));
        Assert.Equal("2017-01-30T15:20:00.25", ProcountorDates.FormatDateTime(parsed.AddMilliseconds(250)));
        Assert.Equal(new DateTime(2016, 8, 31, 0, 0, 0), ProcountorDates.ParseDateTime("2016-08-31T00:00"));
        Assert.Throws<FormatException>(() => ProcountorDates.ParseDateTime("2017-01-30T15:20:00+02:00"));
    }

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
