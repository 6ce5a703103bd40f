using Procountor.OpenApi.Naming;

namespace Procountor.OpenApi.Tests;

public class CSharpIdentifiersTests
{
    [Theory]
    [InlineData("bankReferenceCode", "BankReferenceCode")]
    [InlineData("PARTLY_PAID", "PartlyPaid")]
    [InlineData("PARTLY_PAID,", "PartlyPaid")]
    [InlineData("invoice-id", "InvoiceId")]
    [InlineData("VATstatus", "VATstatus")]
    [InlineData("SIE", "Sie")]
    [InlineData("FIK71", "Fik71")]
    [InlineData("2fa", "_2fa")]
    [InlineData("$ref", "Ref")]
    [InlineData("Business partners", "BusinessPartners")]
    [InlineData("päivä", "Päivä")]
    [InlineData("---", "Value")]
    public void Pascal_case(string name, string expected) => Assert.Equal(expected, CSharpIdentifiers.ToPascalCase(name));

    [Theory]
    [InlineData("invoiceId", "invoiceId")]
    [InlineData("event", "@event")]
    [InlineData("params", "@params")]
    [InlineData("Size", "size")]
    [InlineData("ORDER_BY", "orderBy")]
    public void Parameter_names_are_camel_case_and_escaped(string name, string expected) =>
        Assert.Equal(expected, CSharpIdentifiers.ToParameterName(name));

    [Fact]
    public void A_scope_numbers_later_claims_of_the_same_name()
    {
        var scope = new NameScope(["Equals"]);

        Assert.Equal("Name", scope.Claim("Name"));
        Assert.Equal("Name2", scope.Claim("Name"));
        Assert.Equal("Equals2", scope.Claim("Equals"));
    }
}
