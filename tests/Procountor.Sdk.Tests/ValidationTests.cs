using Procountor.FakeServer;
using Procountor.Runtime.Validation;
using Procountor.Sdk.Tests.Support;
using Procountor.Sdk.V2312;

namespace Procountor.Sdk.Tests;

/// <summary>
/// The vendor's rules, checked before anything is sent: the spec's constraints (lengths, ranges) by the generated
/// models and methods, the rules no spec can state (cash discounts) by the SDK's part of the same models.
/// </summary>
public sealed class ValidationTests
{
    private const string Options = "body.paymentInfo.cashDiscount.optionList";

    private static ApiValidationException? Check(CashDiscount discount)
    {
        var errors = new List<ApiValidationError>();
        Invoices.New(cashDiscount: discount).Validate("body", errors);
        return errors.Count == 0 ? null : new ApiValidationException(errors);
    }

    [Fact]
    public async Task A_request_breaking_a_rule_fails_naming_the_field_and_nothing_is_sent()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        var tooLong = Invoices.New();
        tooLong.Notes = new string('x', 10_001);

        var length = await Assert.ThrowsAsync<ApiValidationException>(() => test.V2312.Invoices.SaveInvoiceAsync(tooLong));
        var discount = await Assert.ThrowsAsync<ApiValidationException>(() =>
            test.V2312.Invoices.SaveInvoiceAsync(Invoices.New(cashDiscount: Invoices.Discount((7, 2m), (14, 3m)))));

        Assert.Equal("body.notes", length.ParamName);
        Assert.StartsWith("body.notes: is 10001 characters long; at most 10000 are allowed.", length.Message, StringComparison.Ordinal);
        Assert.Equal(Options + "[1].discountPercentage", discount.ParamName);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void Valid_cash_discounts_pass()
    {
        Assert.Null(Check(Invoices.Discount((14, 2m))));
        Assert.Null(Check(Invoices.Discount((7, 3m), (14, 2m), (21, 1.5m))));
        Assert.Null(Check(Invoices.Discount((21, 1.5m), (7, 3m))));
        Assert.Null(Check(new CashDiscount()));
    }

    [Fact]
    public void A_cash_discount_has_one_to_three_options()
    {
        Assert.Contains("has 0 options", Check(Invoices.Discount())!.Message);
        Assert.Contains("has 4 options", Check(Invoices.Discount((1, 4m), (2, 3m), (3, 2m), (4, 1m)))!.Message);
        Assert.Equal(Options, Check(Invoices.Discount())!.ParamName);
    }

    [Fact]
    public void Days_and_percentages_are_unique()
    {
        Assert.Equal(Options + "[1].numberOfDays", Check(Invoices.Discount((7, 3m), (7, 2m)))!.ParamName);
        Assert.Equal(Options + "[1].discountPercentage", Check(Invoices.Discount((7, 2m), (14, 2m)))!.ParamName);
    }

    [Fact]
    public void Fewer_days_must_give_a_larger_discount()
    {
        var e = Check(Invoices.Discount((7, 2m), (14, 3m)))!;

        Assert.Contains("paying in fewer days must give a larger discount", e.Message);
        Assert.Equal(Options + "[1].discountPercentage", e.ParamName);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(-1)]
    public void A_percentage_is_below_100_and_not_negative_and_said_once(int percentage)
    {
        var e = Check(Invoices.Discount((7, percentage)))!;

        Assert.Equal(Options + "[0].discountPercentage", Assert.Single(e.Errors).Path);
    }

    [Fact]
    public void Missing_values_are_named()
    {
        Assert.Equal(Options + "[0].numberOfDays", Check(Invoices.Discount((null, 2m)))!.ParamName);
        Assert.Equal(Options + "[0].discountPercentage", Check(Invoices.Discount((7, null)))!.ParamName);
    }

    [Fact]
    public void Every_shipped_version_whose_cash_discount_has_options_checks_the_rules()
    {
        var versions = typeof(ProcountorClient).Assembly.GetTypes()
            .Where(t => t.Name == "CashDiscount" && t.Namespace!.StartsWith("Procountor.Sdk.V", StringComparison.Ordinal) && t.GetProperty("OptionList") is not null)
            .ToArray();

        Assert.NotEmpty(versions);
        foreach (var type in versions)
        {
            // Four options break the rule in every version; the spec alone allows them.
            var discount = (IApiValidatable)Activator.CreateInstance(type)!;
            var option = type.GetProperty("OptionList")!.PropertyType.GetGenericArguments()[0];
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(option))!;
            for (var i = 0; i < 4; i++)
                list.Add(Activator.CreateInstance(option));
            type.GetProperty("OptionList")!.SetValue(discount, list);
            var errors = new List<ApiValidationError>();

            discount.Validate("d", errors);

            Assert.True(errors.Any(e => e.Path == "d.optionList"), type.FullName + " does not check the cash discount rules");
        }
    }
}
