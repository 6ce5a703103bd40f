using System.Collections;
using System.Reflection;
using Procountor.Benchmarks.Floor;

namespace Procountor.Benchmarks;

/// <summary>
/// What each contender read, boiled down to figures every model can give: the benchmarks compare them when they set
/// up and refuse to run when one contender read something else (a benchmark of a reader that drops members measures garbage).
/// </summary>
internal readonly record struct SdkReading(int Count, decimal Total, long DayNumbers, DateTime Latest)
{
    public static SdkReading Of(InvoiceSearchResult page) => new(
        page.Results!.Count,
        page.Results.Sum(i => i.InvoiceSumInfo![0].InvoiceSumTotal),
        page.Results.Sum(i => (long)i.Date.DayNumber),
        page.Results.Max(i => i.Created!.Value));

    public static SdkReading Of(Invoice invoice) => new(
        invoice.InvoiceRows!.Count,
        invoice.InvoiceRows.Sum(r => r.Quantity * r.UnitPrice),
        invoice.PaymentInfo!.DueDate.DayNumber + invoice.InvoiceRows.Sum(r => (long)r.StartDate!.Value.DayNumber),
        invoice.Version!.Value);

    public static SdkReading Of(Procountor.Sdk.V2312.InvoiceSearchResult page) => new(
        page.Results!.Count,
        page.Results.Sum(i => i.InvoiceSumInfo![0].InvoiceSumTotal!.Value),
        page.Results.Sum(i => (long)i.Date!.Value.DayNumber),
        page.Results.Max(i => i.Created!.Value));

    public static SdkReading Of(Procountor.Sdk.V2312.Invoice invoice) => new(
        invoice.InvoiceRows.Count,
        invoice.InvoiceRows.Sum(r => r.Quantity * r.UnitPrice),
        invoice.PaymentInfo.DueDate.DayNumber + invoice.InvoiceRows.Sum(r => (long)r.StartDate!.Value.DayNumber),
        invoice.Version!.Value);

    /// <summary>An NSwag <c>InvoiceSearchResult</c>, read by member names since its types exist only at run time.</summary>
    public static SdkReading OfNSwagPage(object page)
    {
        var results = Items(Member(page, "Results"));
        return new(
            results.Count,
            results.Sum(i => (decimal)Member(Items(Member(i, "InvoiceSumInfo"))[0], "InvoiceSumTotal")),
            results.Sum(i => (long)Day(Member(i, "Date")).DayNumber),
            results.Max(i => Clock(Member(i, "Created"))));
    }

    /// <summary>An NSwag <c>Invoice</c>.</summary>
    public static SdkReading OfNSwagInvoice(object invoice)
    {
        var rows = Items(Member(invoice, "InvoiceRows"));
        return new(
            rows.Count,
            rows.Sum(r => (decimal)Member(r, "Quantity") * (decimal)Member(r, "UnitPrice")),
            Day(Member(Member(invoice, "PaymentInfo"), "DueDate")).DayNumber + rows.Sum(r => (long)Day(Member(r, "StartDate")).DayNumber),
            Clock(Member(invoice, "Version")));
    }

    /// <summary>Throws unless every reading equals the first.</summary>
    public static void Agree(string what, params (string Contender, SdkReading Reading)[] readings)
    {
        var expected = readings[0];
        foreach (var (contender, reading) in readings.Skip(1))
        {
            if (reading != expected.Reading)
                throw new InvalidOperationException($"{what}: {contender} read {reading}, {expected.Contender} read {expected.Reading}; the contenders do not read the same payload.");
        }
    }

    private static object Member(object o, string name) =>
        o.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(o)
        ?? throw new InvalidOperationException($"{o.GetType().Name}.{name} is missing or null.");

    private static List<object> Items(object list) => ((IEnumerable)list).Cast<object>().ToList();

    // NSwag picks its own date types; compare the calendar day and the wall-clock time it read.
    private static DateOnly Day(object value) => value switch
    {
        DateOnly d => d,
        DateTimeOffset o => DateOnly.FromDateTime(o.DateTime),
        DateTime t => DateOnly.FromDateTime(t),
        _ => throw new InvalidOperationException($"Unexpected date type {value.GetType()}."),
    };

    private static DateTime Clock(object value) => value switch
    {
        DateTimeOffset o => o.DateTime,
        DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Unspecified),
        _ => throw new InvalidOperationException($"Unexpected date-time type {value.GetType()}."),
    };
}
