using Procountor.OpenApi.Reading;

namespace Procountor.OpenApi.Tests;

public class SpecDocumentTests
{
    private static readonly SpecDocument Document = SpecDocument.TryRead("""
        {
          "openapi": "3.0.1",
          "components": {
            "schemas": {
              "Invoice": { "$ref": "#/components/schemas/Alias" },
              "Alias": { "type": "object" },
              "Loop": { "$ref": "#/components/schemas/Loop" },
              "Odd~Name/x": { "type": "string" }
            }
          }
        }
        """, "spec.json", out _)!;

    [Fact]
    public void Local_refs_resolve_and_report_why_they_do_not()
    {
        Assert.Equal(RefFailure.None, Document.ResolveRef("#/components/schemas/Alias").Failure);
        Assert.Equal(RefFailure.Missing, Document.ResolveRef("#/components/schemas/Nope").Failure);
        Assert.Equal(RefFailure.External, Document.ResolveRef("other.json#/x").Failure);
        Assert.Equal(RefFailure.Malformed, Document.ResolveRef("#components").Failure);
        Assert.Equal("string", Document.ResolveRef("#/components/schemas/Odd~0Name~1x").Target!.GetString("type"));
    }

    [Fact]
    public void Dereference_follows_chains_and_stops_on_cycles()
    {
        var schemas = Document.Root["components"]!["schemas"]!;

        Assert.Equal("object", Document.Dereference(schemas["Invoice"]!)!.GetString("type"));
        Assert.Null(Document.Dereference(schemas["Loop"]!));
        Assert.Equal("3.0.1", Document.OpenApiVersion);
    }

    [Fact]
    public void Pointers_escape_and_unescape_symmetrically()
    {
        var pointer = JsonPointer.Append("", "paths", "/invoices/{id}", "a~b");

        Assert.Equal("/paths/~1invoices~1{id}/a~0b", pointer);
        Assert.Equal(["paths", "/invoices/{id}", "a~b"], JsonPointer.Split(pointer));
    }
}
