using System.Text.Json;
using System.Text.Json.Serialization;

namespace Procountor.Sdk.Tests.Support;

// Just enough of the 23.12 shapes for the tests; phase 2 replaces them with the generated models.
public sealed record Invoice
{
    public long? Id { get; init; }
    public string? Type { get; init; }
    public string? Status { get; init; }
    public DateOnly? Date { get; init; }
    public string? Currency { get; init; }
    public decimal? TotalAmount { get; init; }
    public string? Version { get; init; }
}

public sealed record InvoiceBasicInfo
{
    public long? Id { get; init; }
    public string? Type { get; init; }
    public string? Status { get; init; }
}

public sealed record SearchResultMetaData
{
    public int PageNumber { get; init; }
    public int PageSize { get; init; }
    public int ResultCount { get; init; }
    public long TotalCount { get; init; }
}

public sealed record InvoiceSearchResult
{
    public List<InvoiceBasicInfo>? Results { get; init; }
    public SearchResultMetaData? Meta { get; init; }
}

public sealed record BusinessPartner
{
    public long? Id { get; init; }
    public string? Name { get; init; }
    public string? Identifier { get; init; }
}

public sealed record BusinessPartnerSearchResult
{
    public List<BusinessPartner>? Results { get; init; }
    public SearchResultMetaData? Meta { get; init; }
}

public sealed record Attachment
{
    public long? Id { get; init; }
    public string? Name { get; init; }
    public string? ReferenceType { get; init; }
    public long? ReferenceId { get; init; }
    public string? MimeType { get; init; }
    public bool SendWithInvoice { get; init; }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Invoice))]
[JsonSerializable(typeof(InvoiceSearchResult))]
[JsonSerializable(typeof(BusinessPartner))]
[JsonSerializable(typeof(BusinessPartnerSearchResult))]
[JsonSerializable(typeof(Attachment))]
public sealed partial class TestJson : JsonSerializerContext;
