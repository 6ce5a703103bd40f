using Procountor.Sdk.V2312;

namespace Procountor.Sdk.Tests.Support;

/// <summary>Invoices with every member 23.12 requires, so that a test names only what it is about.</summary>
public static class Invoices
{
    public static Invoice New(decimal unitPrice = 12.50m, DateOnly? date = null, CashDiscount? cashDiscount = null, IList<InvoiceRow>? rows = null) => new()
    {
        Type = InvoiceType.SalesInvoice,
        Date = date ?? new DateOnly(2024, 1, 15),
        CounterParty = new CounterParty { CounterPartyAddress = new InvoiceCounterpartyAddress { Name = "Oy Kala Ab" } },
        PaymentInfo = new PaymentInfo
        {
            PaymentMethod = PaymentInfoPaymentMethod.BankTransfer,
            Currency = CurrencyCode.Eur,
            CurrencyRate = 1m,
            DueDate = (date ?? new DateOnly(2024, 1, 15)).AddDays(14),
            CashDiscount = cashDiscount,
        },
        ExtraInfo = new ExtraInfo { AccountingByRow = false, UnitPricesIncludeVat = false },
        DiscountPercent = 0m,
        InvoiceChannel = InvoiceInvoiceChannel.Email,
        InvoiceRows = rows ?? [new InvoiceRow { Product = "Consulting", Quantity = 1m, Unit = ProductUnit.Hour, UnitPrice = unitPrice, DiscountPercent = 0m, VatPercent = 0m }],
    };

    public static CashDiscount Discount(params (int? Days, decimal? Percentage)[] options) => new()
    {
        OptionList = options.Select(o => new CashDiscountOption { NumberOfDays = o.Days, DiscountPercentage = o.Percentage }).ToList(),
    };
}
