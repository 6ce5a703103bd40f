using Procountor.OpenApi.Reading;

namespace Procountor.OpenApi.Tests;

public class JsonSpecReaderTests
{
    [Fact]
    public void Values_know_their_line_column_and_pointer()
    {
        var root = Read("{\n  \"paths\": {\n    \"/invoices/{id}\": { \"get\": { \"operationId\": \"getInvoice\" } }\n  }\n}");

        var operation = root.Resolve("/paths/~1invoices~1{id}/get/operationId")!;

        Assert.Equal("getInvoice", operation.Text);
        Assert.Equal(new SourcePosition(3, 49), operation.Position);
        Assert.Equal(new SourcePosition(3, 34), operation.KeyPosition);
        Assert.Equal("/paths/~1invoices~1{id}/get/operationId", operation.Pointer);
        Assert.Equal("operationId", operation.Key);
    }

    [Fact]
    public void Members_keep_document_order_and_are_found_by_key_in_large_objects()
    {
        var members = string.Join(",", Enumerable.Range(0, 40).Select(i => $"\"k{39 - i}\": {i}"));
        var root = Read("{" + members + "}");

        Assert.Equal("k39", root[0].Key);
        Assert.Equal("39", root["k0"]!.Text);
        Assert.Null(root["missing"]);
    }

    [Theory]
    [InlineData("\"a\\\"b\\\\c\\/d\\n\\u00e4\"", "a\"b\\c/d\nä")]
    [InlineData("\"plain\"", "plain")]
    public void Strings_are_unescaped(string json, string expected) => Assert.Equal(expected, Read(json).Text);

    [Theory]
    [InlineData("0")]
    [InlineData("-12")]
    [InlineData("3.1400")]
    [InlineData("1e-7")]
    [InlineData("10000000")]
    public void Numbers_keep_their_exact_text(string json)
    {
        var node = Read(json);
        Assert.Equal(SpecNodeKind.Number, node.Kind);
        Assert.Equal(json, node.Text);
    }

    [Fact]
    public void Decimal_values_are_exact()
    {
        Assert.Equal(0.1m, Read("0.1").AsDecimal());
        Assert.Equal(200L, Read("200").AsInt64());
    }

    [Theory]
    [InlineData("{\"a\": 1,}", 1, 9, "Trailing comma")]
    [InlineData("{\"a\": 1 \"b\": 2}", 1, 9, "Expected ',' or '}'")]
    [InlineData("{\n  \"a\": 1,\n  \"a\": 2\n}", 3, 3, "Duplicate key 'a'")]
    [InlineData("[1, 2", 1, 6, "Unexpected end")]
    [InlineData("{\"a\": tru}", 1, 7, "expected a value")]
    [InlineData("\"unterminated", 1, 14, "Unterminated string")]
    [InlineData("01", 1, 2, "after the end")]
    [InlineData("", 1, 1, "empty")]
    [InlineData("{} {}", 1, 4, "after the end")]
    [InlineData("\"a\\x\"", 1, 3, "Invalid escape")]
    public void Syntax_errors_say_what_and_where(string json, int line, int column, string message)
    {
        var result = SpecReader.Read(json, SpecFormat.Json);

        Assert.Null(result.Root);
        Assert.Contains(message, result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(new SourcePosition(line, column), result.Error.Position);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);

        var result = SpecReader.Read(json, SpecFormat.Json);

        Assert.Contains("deeper", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        var root = Read("\uFEFF{\"a\": true}");
        Assert.True(root["a"]!.AsBoolean());
        Assert.Equal(new SourcePosition(1, 1), root.Position);
    }

    private static SpecNode Read(string json)
    {
        var result = SpecReader.Read(json, SpecFormat.Json);
        Assert.Null(result.Error);
        return result.Root!;
    }
}
