using Microsoft.CodeAnalysis;
using Procountor.Generator.Tests.Infrastructure;
using Procountor.OpenApi.Naming;
using Procountor.OpenApi.Reading;

namespace Procountor.Generator.Tests;

/// <summary>
/// The migration tools promise "this is the C# you wrote": the names <see cref="DocumentNames"/> computes from a spec
/// must be exactly the symbols the generator emits.
/// </summary>
[Collection(GeneratedCollection.Name)]
public class NamingTests(FeatureRuns features, ProcountorRun procountor)
{
    [Fact]
    public void A_few_names_read_as_the_naming_rules_promise()
    {
        var names = Names("client.json");

        Assert.Equal("Invoice", names.TypeNameOf("/components/schemas/Invoice"));
        Assert.Equal("PartnerName", names.PropertyNameOf("/components/schemas/Invoice/properties/partnerName"));
        Assert.Equal("GetInvoiceAsync", names.MethodOf("/paths/~1invoices~1{invoiceId}/get"));
        Assert.Equal("Invoices", names.GroupOf("/paths/~1invoices~1{invoiceId}/get"));
        Assert.Equal("ApproveInvoiceAsync", names.MethodOf("/paths/~1invoices~1{invoiceId}~1approve/put"));
        Assert.Equal("GetInvoicesAllAsync", names.OperationOf("/paths/~1invoices/get")!.PagerMethod);
        Assert.Equal("GetInvoicesByIdsAsync", names.OperationOf("/paths/~1invoices~1{invoiceId}/get")!.BatchMethod);
        Assert.Equal("invoiceIds", names.OperationOf("/paths/~1invoices~1{invoiceId}/get")!.BatchIdsParameter);
        Assert.Equal("invoiceId", names.OperationOf("/paths/~1invoices~1{invoiceId}/get")!.ParameterAt("/paths/~1invoices~1{invoiceId}/parameters/0"));
        Assert.Equal("GetInvoicesStatus", names.TypeNameOf("/paths/~1invoices/get/parameters/0/schema"));
        Assert.Equal("BusinessPartnersApi", names.OperationOf("/paths/~1businesspartners/get")!.GroupType);
        Assert.Equal("Paid", names.EnumMemberNameOf("/components/schemas/Invoice/properties/status/enum/0"));
    }

    [Theory]
    [InlineData("models.json")]
    [InlineData("client.json")]
    [InlineData("unions.yaml")]
    [InlineData("awkward-names.json")]
    public void Every_computed_name_is_a_symbol_of_the_generated_code(string spec)
    {
        AssertNamesMatch(Names(spec), features[spec].Compilation, "Tests." + FeatureRuns.Namespace(spec));
    }

    [Fact]
    public void Every_computed_name_of_every_Procountor_document_is_a_symbol_of_the_generated_code()
    {
        foreach (var (version, path) in procountor.Documents)
        {
            var document = SpecDocument.TryRead(File.ReadAllText(path), path, out _)!;
            var overlay = SpecReader.Read(File.ReadAllText(SpecFiles.OverlayPath()), SpecFiles.OverlayPath()).Root;
            AssertNamesMatch(DocumentNames.Compute(document, NamingOptions.FromOverlay(overlay)), procountor.Run.Compilation, "Procountor.Sdk." + SpecFiles.VersionNamespace(version));
        }
    }

    private static DocumentNames Names(string spec)
    {
        var document = SpecDocument.TryRead(SpecFiles.Text(spec), spec, out _)!;
        var overlay = SpecReader.Read(SpecFiles.Text("client.overlay.yaml"), "client.overlay.yaml").Root;
        return DocumentNames.Compute(document, NamingOptions.FromOverlay(overlay));
    }

    private static void AssertNamesMatch(DocumentNames names, Compilation compilation, string ns)
    {
        var client = compilation.GetTypeByMetadataName(ns + "." + names.ClientName);
        Assert.NotNull(client);
        foreach (var pointer in names.TypePointers)
        {
            var type = compilation.GetTypeByMetadataName(ns + "." + names.TypeNameOf(pointer));
            Assert.True(type is not null, pointer + " → " + names.TypeNameOf(pointer) + " is not generated");
            foreach (var property in names.PropertiesOf(pointer))
            {
                Assert.True(type!.GetMembers(property.Name.TrimStart('@')).OfType<IPropertySymbol>().Any(), pointer + " lacks " + property.Name);
            }

            foreach (var member in Enumerable.Range(0, 512).Select(i => names.EnumMemberNameOf(pointer + "/enum/" + i)).OfType<string>())
            {
                Assert.True(type!.GetMembers(member.TrimStart('@')).OfType<IPropertySymbol>().Any(p => p.IsStatic), pointer + " lacks enum member " + member);
            }
        }

        foreach (var operation in names.Operations)
        {
            Assert.Contains(client!.GetMembers(operation.GroupProperty), m => m is IPropertySymbol p && p.Type.Name == operation.GroupType);
            var group = compilation.GetTypeByMetadataName(ns + "." + operation.GroupType)!;
            var method = Assert.Single(group.GetMembers(operation.Method).OfType<IMethodSymbol>());
            foreach (var (_, parameter) in operation.Parameters)
            {
                Assert.True(method.Parameters.Any(p => p.Name == parameter.TrimStart('@')), operation.Key + " lacks parameter " + parameter);
            }

            if (operation.PagerMethod is { } pager)
            {
                Assert.Single(group.GetMembers(pager).OfType<IMethodSymbol>());
            }

            if (operation.BatchMethod is { } batch)
            {
                var batchMethod = Assert.Single(group.GetMembers(batch).OfType<IMethodSymbol>());
                Assert.Equal(operation.BatchIdsParameter, batchMethod.Parameters[0].Name);
            }
        }
    }
}
