using Contoso.Accounting.Procountor;

namespace Contoso.Accounting;

/// <summary>Builds the payment part of a sales invoice, as code written against 20.01 does.</summary>
public static class InvoicePayments
{
    public static PaymentInfo Reference(string reference, DateOnly dueDate) => new()
    {
        PaymentMethod = PaymentInfoPaymentMethod.BankTransfer,
        Currency = CurrencyCode.Eur,
        CurrencyRate = 1m,
        DueDate = dueDate,
        ReferenceCode = reference,
        GeneratedReferenceType = PaymentInfoGeneratedReferenceType.Rf,
    };

    public static string Describe(PaymentInfo payment) =>
        payment.ReferenceCode is { Length: > 0 } reference ? $"{payment.PaymentMethod}: {reference}" : payment.PaymentMethod.ToString();

    public static BusinessPartnerPaymentDetails PartnerDefaults() => new()
    {
        CashDiscountDays = 14,
        CashDiscountPercentage = 2m,
    };
}
