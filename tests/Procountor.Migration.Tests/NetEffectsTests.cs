using Procountor.Migration.Model;
using Procountor.SpecDiff.Loading;
using Procountor.Specs.Versions;

namespace Procountor.Migration.Tests;

/// <summary>How the changes of several releases net out, on tiny documents written for each rule.</summary>
public sealed class NetEffectsTests
{
    [Fact]
    public void A_rename_followed_by_a_rename_is_one_rename_from_the_first_name_to_the_last()
    {
        var report = Plan(
            Spec(properties: """ "referenceCode": { "type": "string" } """),
            Spec(properties: """ "bankReference": { "type": "string" } """),
            Spec(properties: """ "bankReferenceCode": { "type": "string" } """));

        var entry = Assert.Single(report.Entries);
        Assert.Equal(MigrationKind.Renamed, entry.Kind);
        Assert.Equal("V2301.Payment.ReferenceCode", entry.From!.Display);
        Assert.Equal("V2303.Payment.BankReferenceCode", entry.To!.Display);
        Assert.Equal(["23.02", "23.03"], entry.Steps.Select(s => s.Version).Distinct());
        Assert.True(entry.IsSafeRename);
    }

    [Fact]
    public void A_field_added_then_removed_in_between_leaves_no_entry()
    {
        var report = Plan(
            Spec(properties: """ "amount": { "type": "number" } """),
            Spec(properties: """ "amount": { "type": "number" }, "draft": { "type": "integer", "format": "int32" } """),
            Spec(properties: """ "amount": { "type": "number" } """));

        Assert.Empty(report.Entries);
    }

    [Fact]
    public void An_operation_added_then_removed_in_between_leaves_no_entry_and_one_kept_is_an_addition()
    {
        var report = Plan(
            Spec(),
            Spec(extraPaths: """ "/payments/drafts": { "get": { "operationId": "getDrafts", "tags": ["Payments"], "responses": { "200": { "description": "ok" } } } } """),
            Spec(extraPaths: """ "/payments/sent": { "get": { "operationId": "getSent", "tags": ["Payments"], "responses": { "200": { "description": "ok" } } } } """));

        var entry = Assert.Single(report.Entries);
        Assert.Equal(MigrationKind.Added, entry.Kind);
        Assert.Equal("V2303.PaymentsApi.GetSentAsync", entry.To!.Display);
    }

    [Fact]
    public void A_field_that_was_there_from_the_start_and_is_removed_later_is_a_removal_of_the_consumers_symbol()
    {
        var report = Plan(
            Spec(properties: """ "amount": { "type": "number" }, "memo": { "type": "string" } """),
            Spec(properties: """ "amount": { "type": "number" }, "memo": { "type": "string", "maxLength": 70 } """),
            Spec(properties: """ "amount": { "type": "number" } """));

        var removal = Assert.Single(report.Entries, e => e.Kind == MigrationKind.Removed);
        Assert.Equal("V2301.Payment.Memo", removal.From!.Display);
        Assert.Null(removal.To);
        // What happened to it before its removal is history the consumer no longer needs: one entry, both steps.
        Assert.Equal(["23.02", "23.03"], removal.Steps.Select(s => s.Version).Distinct());
        Assert.Single(report.Entries);
    }

    private static MigrationReport Plan(params string[] documents)
    {
        var loaded = documents.Select((text, i) => SpecLoader.LoadText(text, $"/specs/23.0{i + 1}.json", $"23.0{i + 1}", VersionId.Parse($"23.0{i + 1}"))).ToList();
        return new MigrationPlanner(new MigrationOptions()).Plan(loaded, notes: null, catalog: null);
    }

    private static string Spec(string properties = """ "amount": { "type": "number" } """, string extraPaths = "") => $$"""
        {
          "openapi": "3.0.1",
          "info": { "title": "Payments", "version": "1" },
          "paths": {
            "/payments": {
              "post": {
                "operationId": "savePayment",
                "tags": ["Payments"],
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Payment" } } } },
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Payment" } } } } }
              }
            }{{(extraPaths.Length > 0 ? "," + extraPaths : string.Empty)}}
          },
          "components": { "schemas": { "Payment": { "type": "object", "properties": { {{properties}} } } } }
        }
        """;
}
