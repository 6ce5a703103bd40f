namespace Procountor.Sdk.Tests;

public sealed class ValidationTests
{
    private sealed record Option(int? Days, decimal? Percentage);

    private static void CashDiscount(params Option[] options) =>
        ProcountorValidation.CashDiscountOptions(options, o => o.Days, o => o.Percentage, "paymentInfo.cashDiscount.optionList");

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public void A_page_size_outside_1_to_200_names_the_field(int size)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ProcountorValidation.PageSize(size));

        Assert.Equal("size", e.ParamName);
    }

    [Fact]
    public void Batch_ids_must_be_positive_and_are_returned_once_each_in_order()
    {
        Assert.Equal([3L, 1, 2], ProcountorValidation.BatchIds([3, 1, 3, 2, 1]));
        Assert.Equal("ids[2]", Assert.Throws<ArgumentOutOfRangeException>(() => ProcountorValidation.BatchIds([1, 2, 0])).ParamName);
        Assert.Equal("ids", Assert.Throws<ArgumentException>(() => ProcountorValidation.BatchIds([])).ParamName);
    }

    [Fact]
    public void A_batch_request_holds_at_most_200_ids()
    {
        ProcountorValidation.BatchChunk(Enumerable.Range(1, 200).Select(i => (long)i).ToArray());

        Assert.Throws<ArgumentOutOfRangeException>(() => ProcountorValidation.BatchChunk(Enumerable.Range(1, 201).Select(i => (long)i).ToArray()));
    }

    [Fact]
    public void String_length_rules_name_the_field_and_its_limit()
    {
        var rules = StringLengthRules.Empty.With([new("Invoice.additionalInformation", 10_000), new("Invoice.notes", 5)]);

        rules.Validate("Invoice.notes", "12345");
        rules.Validate("Unknown.field", new string('x', 100_000));
        var e = Assert.Throws<ArgumentException>(() => rules.Validate("Invoice.notes", "123456"));

        Assert.Equal("Invoice.notes", e.ParamName);
        Assert.StartsWith("Invoice.notes is 6 characters long; Procountor accepts at most 5.", e.Message);
        Assert.Equal(10_000, rules.MaxLength("Invoice.additionalInformation"));
        Assert.Null(StringLengthRules.Empty.MaxLength("Invoice.notes"));
    }

    [Fact]
    public void Valid_cash_discounts_pass()
    {
        CashDiscount(new Option(14, 2m));
        CashDiscount(new Option(7, 3m), new Option(14, 2m), new Option(21, 1.5m));
        CashDiscount(new Option(21, 1.5m), new Option(7, 3m));
    }

    [Fact]
    public void A_cash_discount_has_one_to_three_options()
    {
        Assert.Contains("has 0 options", Assert.Throws<ArgumentException>(() => CashDiscount()).Message);
        Assert.Contains("has 4 options", Assert.Throws<ArgumentException>(() => CashDiscount(new(1, 4m), new(2, 3m), new(3, 2m), new(4, 1m))).Message);
    }

    [Fact]
    public void Days_and_percentages_are_unique()
    {
        var days = Assert.Throws<ArgumentException>(() => CashDiscount(new(7, 3m), new(7, 2m)));
        var percentages = Assert.Throws<ArgumentException>(() => CashDiscount(new(7, 2m), new(14, 2m)));

        Assert.Equal("paymentInfo.cashDiscount.optionList[1].numberOfDays", days.ParamName);
        Assert.Equal("paymentInfo.cashDiscount.optionList[1].discountPercentage", percentages.ParamName);
    }

    [Fact]
    public void Fewer_days_must_give_a_larger_discount()
    {
        var e = Assert.Throws<ArgumentException>(() => CashDiscount(new(7, 2m), new(14, 3m)));

        Assert.Contains("paying in fewer days must give a larger discount", e.Message);
        Assert.Equal("paymentInfo.cashDiscount.optionList[1].discountPercentage", e.ParamName);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(-1)]
    public void A_percentage_is_below_100_and_not_negative(int percentage)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CashDiscount(new Option(7, percentage)));

        Assert.Equal("paymentInfo.cashDiscount.optionList[0].discountPercentage", e.ParamName);
    }

    [Fact]
    public void Missing_values_are_named()
    {
        Assert.Equal("paymentInfo.cashDiscount.optionList[0].numberOfDays", Assert.Throws<ArgumentException>(() => CashDiscount(new Option(null, 2m))).ParamName);
        Assert.Equal("paymentInfo.cashDiscount.optionList[0].discountPercentage", Assert.Throws<ArgumentException>(() => CashDiscount(new Option(7, null))).ParamName);
    }
}
