using System.Text.Json.Serialization;

namespace Procountor.Benchmarks.Floor;

// The floor of the SDK benchmarks: what a careful hand-written client would declare for exactly the benchmark's
// payloads (no unknown-member bag, no validation, enums as plain strings) read by System.Text.Json's source generator.
// Anything the SDK spends above this is the price of its generality.

/// <summary>Hand-written <c>InvoiceSearchResult</c>.</summary>
public sealed class InvoiceSearchResult
{
    public List<InvoiceBasicInfo>? Results { get; set; }

    public SearchResultMetaData? Meta { get; set; }
}

/// <summary>Hand-written <c>SearchResultMetaData</c>.</summary>
public sealed class SearchResultMetaData
{
    public int PageNumber { get; set; }

    public int PageSize { get; set; }

    public int ResultCount { get; set; }

    public long TotalCount { get; set; }
}

/// <summary>Hand-written <c>InvoiceBasicInfo</c>.</summary>
public sealed class InvoiceBasicInfo
{
    public int Id { get; set; }

    public string? Type { get; set; }

    public string? Status { get; set; }

    public DateOnly Date { get; set; }

    public int? InvoiceNumber { get; set; }

    public string? InvoiceChannel { get; set; }

    public int? PartnerId { get; set; }

    public List<InvoiceSumInfo>? InvoiceSumInfo { get; set; }

    public DateTime? Version { get; set; }

    public DateTime? Created { get; set; }
}

/// <summary>Hand-written <c>InvoiceSumInfo</c>.</summary>
public sealed class InvoiceSumInfo
{
    public string? Currency { get; set; }

    public decimal InvoiceSumTotal { get; set; }

    public decimal ExcludingVatTotal { get; set; }

    public decimal VatSumTotal { get; set; }
}

/// <summary>Hand-written <c>Invoice</c>: the members the benchmark's invoice carries.</summary>
public sealed class Invoice
{
    public int Id { get; set; }

    public string? Type { get; set; }

    public string? Status { get; set; }

    public DateOnly Date { get; set; }

    public int? InvoiceNumber { get; set; }

    public int? PartnerId { get; set; }

    public CounterParty? CounterParty { get; set; }

    public Address? BillingAddress { get; set; }

    public PaymentInfo? PaymentInfo { get; set; }

    public ExtraInfo? ExtraInfo { get; set; }

    public decimal DiscountPercent { get; set; }

    public decimal? PenaltyPercent { get; set; }

    public string? InvoiceChannel { get; set; }

    public DateOnly? DeliveryStartDate { get; set; }

    public DateOnly? DeliveryEndDate { get; set; }

    public string? OrderReference { get; set; }

    public string? AdditionalInformation { get; set; }

    public List<InvoiceRow>? InvoiceRows { get; set; }

    public List<InvoiceSumInfo>? InvoiceSumInfo { get; set; }

    public decimal? Sum { get; set; }

    public DateTime? Version { get; set; }
}

/// <summary>Hand-written <c>CounterParty</c>.</summary>
public sealed class CounterParty
{
    public Address? CounterPartyAddress { get; set; }

    public string? CustomerNumber { get; set; }

    public string? Email { get; set; }
}

/// <summary>Hand-written address (the billing and counterparty addresses share a shape).</summary>
public sealed class Address
{
    public string? Name { get; set; }

    public string? Street { get; set; }

    public string? Zip { get; set; }

    public string? City { get; set; }

    public string? Country { get; set; }
}

/// <summary>Hand-written <c>PaymentInfo</c>.</summary>
public sealed class PaymentInfo
{
    public string? PaymentMethod { get; set; }

    public string? Currency { get; set; }

    public decimal CurrencyRate { get; set; }

    public DateOnly DueDate { get; set; }
}

/// <summary>Hand-written <c>ExtraInfo</c>.</summary>
public sealed class ExtraInfo
{
    public bool AccountingByRow { get; set; }

    public bool UnitPricesIncludeVat { get; set; }
}

/// <summary>Hand-written <c>InvoiceRow</c>.</summary>
public sealed class InvoiceRow
{
    public int Id { get; set; }

    public string? Product { get; set; }

    public string? ProductCode { get; set; }

    public decimal Quantity { get; set; }

    public string? Unit { get; set; }

    public decimal UnitPrice { get; set; }

    public decimal DiscountPercent { get; set; }

    public decimal VatPercent { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? Comment { get; set; }
}

/// <summary>The floor's source-generated metadata: camelCase names, the API's defaults for numbers and dates.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(InvoiceSearchResult))]
[JsonSerializable(typeof(Invoice))]
public sealed partial class FloorJsonContext : JsonSerializerContext;
