using System.Reflection;
using System.Text.Json.Nodes;
using Procountor.Generator.Tests.Infrastructure;
using Procountor.OpenApi.Naming;
using Procountor.OpenApi.Reading;
using Procountor.Runtime.Json;
using V2312 = Procountor.Generator.Tests.Generated.V2312;

namespace Procountor.Generator.Tests;

/// <summary>
/// JSON → model → JSON gives back the same JSON for every Procountor schema (this project generates 23.12 as its own
/// code), members and enum values from later versions included: a GET followed by a PUT never loses data.
/// </summary>
public class RoundTripTests
{
    private const string Namespace = "Procountor.Generator.Tests.Generated.V2312.";

    private static readonly MethodInfo Deserialize = typeof(JsonModel).GetMethod(nameof(JsonModel.Deserialize), [typeof(string)])!;
    private static readonly MethodInfo Serialize = typeof(JsonModel).GetMethod(nameof(JsonModel.Serialize))!;

    public static TheoryData<string> Schemas()
    {
        var data = new TheoryData<string>();
        foreach (var pointer in Names().TypePointers.Where(p => p.StartsWith("/components/schemas/", StringComparison.Ordinal)))
        {
            data.Add(pointer);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Every_schema_round_trips_with_unknown_members_and_values(string pointer)
    {
        var names = Names();
        var document = Document();
        var type = typeof(V2312.ProcountorClient).Assembly.GetType(Namespace + names.TypeNameOf(pointer), throwOnError: true)!;
        var payload = new PayloadBuilder(document).Build(document.Root.Resolve(pointer)!)!.ToJsonString();

        var model = Deserialize.MakeGenericMethod(type).Invoke(null, [payload]);
        var written = (string)Serialize.MakeGenericMethod(type).Invoke(null, [model])!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(payload), JsonNode.Parse(written)), $"{pointer}\n in: {payload}\nout: {written}");
    }

    [Fact]
    public void There_is_a_schema_to_round_trip() => Assert.True(Schemas().Count > 100);

    [Fact]
    public void An_enum_value_the_spec_does_not_list_survives_get_then_put()
    {
        var invoice = JsonModel.Deserialize<V2312.Invoice>(new PayloadBuilder(Document()).Build(Document().Root.Resolve("/components/schemas/Invoice")!)!.ToJsonString());

        var status = typeof(V2312.Invoice).GetProperties().Select(p => p.GetValue(invoice)).OfType<V2312.InvoiceStatus>().Single();
        Assert.Equal(3, invoice.AdditionalProperties!["memberFromALaterVersion"].GetProperty("kept").GetArrayLength());
        var unknown = new V2312.InvoiceStatus(PayloadBuilder.UnknownEnumValue);

        Assert.False(unknown.IsKnown);
        Assert.True(V2312.InvoiceStatus.KnownValues.All(v => v.IsKnown));
        Assert.Equal(PayloadBuilder.UnknownEnumValue, JsonModel.Serialize(unknown).Trim('"'));
        Assert.True(status.IsKnown || status.Value == PayloadBuilder.UnknownEnumValue);
    }

    [Fact]
    public void Offset_less_date_times_keep_their_clock_time_and_invent_no_offset()
    {
        var json = """{"version":"2024-02-29T13:45:10","date":"2024-02-29"}""";

        var meta = JsonModel.Deserialize<V2312.Invoice>(json);

        Assert.Equal(new DateTime(2024, 2, 29, 13, 45, 10, DateTimeKind.Unspecified), meta.Version);
        Assert.Equal(DateTimeKind.Unspecified, meta.Version!.Value.Kind);
        Assert.Contains("\"version\":\"2024-02-29T13:45:10\"", JsonModel.Serialize(meta), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-02-29T13:45:10", 10, 0)]
    [InlineData("2024-02-29T13:45:10.25", 10, 250)]
    [InlineData("2024-02-29T13:45", 0, 0)]
    [InlineData("2024-02-29T13:45:10+02:00", 10, 0)]
    [InlineData("2024-02-29T13:45:10Z", 10, 0)]
    [InlineData("2024-02-29T13:45:10-05:00", 10, 0)]
    [InlineData("2024-02-29\\u005413:45:10", 10, 0)]
    public void Date_times_read_from_bytes_or_text_keep_the_clock_time_sent(string sent, int second, int millisecond)
    {
        var meta = JsonModel.Deserialize<V2312.Invoice>($$"""{"version":"{{sent}}"}""");

        Assert.Equal(new DateTime(2024, 2, 29, 13, 45, second, millisecond, DateTimeKind.Unspecified), meta.Version);
        Assert.Equal(DateTimeKind.Unspecified, meta.Version!.Value.Kind);
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2024-02-29T00:00:00")]
    [InlineData("2024-02-\\u00329")]
    public void Dates_read_from_bytes_or_text_ignore_a_time_part(string sent) =>
        Assert.Equal(new DateOnly(2024, 2, 29), JsonModel.Deserialize<V2312.Invoice>($$"""{"date":"{{sent}}"}""").Date);

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-1-01")]
    [InlineData("20x4-01-01")]
    public void A_date_that_is_no_date_is_a_format_error(string sent) =>
        Assert.Throws<FormatException>(() => JsonModel.Deserialize<V2312.Invoice>($$"""{"date":"{{sent}}"}"""));

    [Fact]
    public void Listed_enum_values_read_as_their_members_and_others_as_sent()
    {
        var invoice = JsonModel.Deserialize<V2312.Invoice>("""{"status":"SENT","type":"SALES_\u0049NVOICE","invoiceChannel":"CARRIER_PIGEON"}""");

        Assert.Equal(V2312.InvoiceStatus.Sent, invoice.Status);
        Assert.Same(V2312.InvoiceStatus.Sent.Value, invoice.Status!.Value.Value);
        Assert.Equal(V2312.InvoiceType.SalesInvoice, invoice.Type);
        Assert.Equal("CARRIER_PIGEON", invoice.InvoiceChannel.Value);
        Assert.False(invoice.InvoiceChannel.IsKnown);
    }

    private static SpecDocument Document() => SpecDocument.TryRead(File.ReadAllText(SpecPath()), SpecPath(), out _)!;

    private static DocumentNames Names()
    {
        var overlay = SpecReader.Read(File.ReadAllText(SpecFiles.OverlayPath()), SpecFiles.OverlayPath()).Root;
        return DocumentNames.Compute(Document(), NamingOptions.FromOverlay(overlay));
    }

    private static string SpecPath() => Path.Combine(SpecFiles.RepoRoot(), "specs", "procountor", "23.12", "openapi.json");
}
