using Procountor.SpecDiff.Tests.Fixtures;

namespace Procountor.SpecDiff.Tests;

/// <summary>A removal plus a look-alike addition at the same place reads as one rename, as the release notes say it.</summary>
public sealed class RenameDetectorTests
{
    private static string PaymentInfo(string properties) => Docs.Document(
        """{"/invoices":{"post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/PaymentInfo"}}}},"responses":{"200":{"description":"ok"}}}}}""",
        Docs.Fill("""{"schemas":{"PaymentInfo":{"type":"object","properties":{"accountNumber":{"type":"string"}@1}}}}""", properties));

    [Fact]
    public void Two_renames_in_one_schema_pair_by_name_and_the_rest()
    {
        var before = PaymentInfo(""","referenceCode":{"type":"string"},"generatedReferenceType":{"type":"string","enum":["A","B"]}""");
        var after = PaymentInfo(""","bankReferenceCode":{"type":"string"},"bankReferenceCodeType":{"type":"string","enum":["A","B"]}""");

        var renames = Compare.Changes(before, after).Where(c => c.RuleId == "request-property-renamed").Select(c => (c.Rename!.From, c.Rename.To)).Order();

        Assert.Equal(
            [("PaymentInfo.generatedReferenceType", "PaymentInfo.bankReferenceCodeType"), ("PaymentInfo.referenceCode", "PaymentInfo.bankReferenceCode")],
            renames);
    }

    [Fact]
    public void The_removal_keeps_its_standard_id_and_learns_the_rename_while_the_addition_becomes_the_rename()
    {
        var changes = Compare.Changes(PaymentInfo(""","referenceCode":{"type":"string"}"""), PaymentInfo(""","bankReferenceCode":{"type":"string"}"""));

        var removal = Assert.Single(changes, c => c.RuleId == "request-property-removed");
        Assert.Equal("PaymentInfo.bankReferenceCode", removal.Rename!.To);
        var rename = Assert.Single(changes, c => c.RuleId == "request-property-renamed");
        Assert.Equal(Model.ChangeLevel.Err, rename.Level);
        Assert.Equal("/components/schemas/PaymentInfo/properties/referenceCode", rename.Base!.Pointer);
        Assert.Equal("/components/schemas/PaymentInfo/properties/bankReferenceCode", rename.Revision!.Pointer);
        Assert.DoesNotContain(changes, c => c.RuleId == "new-optional-request-property");
    }

    [Fact]
    public void Properties_of_different_types_are_not_a_rename()
    {
        var changes = Compare.Changes(PaymentInfo(""","referenceCode":{"type":"string"}"""), PaymentInfo(""","bankReferenceCode":{"type":"integer"}"""));

        Assert.DoesNotContain(changes, c => c.Rename is not null);
        Assert.Contains(changes, c => c.RuleId == "new-optional-request-property");
    }

    [Fact]
    public void A_literal_segment_replaced_by_a_parameter_under_another_operation_is_no_rename()
    {
        string Doc(string path, string operationId) => Docs.Document(Docs.Fill("""{"/invoices":{"get":{"responses":{"200":{"description":"ok"}}}},"@1":{"put":{"operationId":"@2","responses":{"200":{"description":"ok"}}}}}""", path, operationId));

        var changes = Compare.Changes(Doc("/invoices/pay", "payInvoices"), Doc("/invoices/{invoiceId}", "updateInvoice"));

        Assert.DoesNotContain(changes, c => c.RuleId == "endpoint-path-renamed");
        Assert.Contains(changes, c => c.RuleId == "endpoint-added" && c.Operation == "PUT /invoices/{invoiceId}");
    }

    [Fact]
    public void Reordered_path_segments_are_a_path_rename()
    {
        string Doc(string path) => Docs.Document(Docs.Fill("""{"@1":{"delete":{"responses":{"200":{"description":"ok"}}}}}""", path));

        var changes = Compare.Changes(Doc("/referencepayments/metadata/{referencePaymentId}"), Doc("/referencepayments/{referencePaymentId}/metadata"));

        var rename = Assert.Single(changes, c => c.RuleId == "endpoint-path-renamed");
        Assert.Equal("DELETE /referencepayments/metadata/{referencePaymentId}", rename.Rename!.From);
        Assert.Equal("DELETE /referencepayments/{referencePaymentId}/metadata", rename.Rename.To);
        Assert.Contains(changes, c => c.RuleId == "api-path-removed-without-deprecation" && c.Rename is not null);
    }
}
