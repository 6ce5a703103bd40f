using Procountor.OpenApi.Reading;

namespace Procountor.OpenApi.Tests;

public class YamlSpecReaderTests
{
    [Fact]
    public void Plain_scalars_follow_the_yaml_core_schema()
    {
        var root = Read("""
            openapi: 3.1.0
            max: 200
            ratio: .5
            exp: 1E+3
            hex: 0x1F
            flag: True
            nothing: ~
            empty:
            quoted: "200"
            text: integer
            version: 23.12
            """);

        Assert.Equal(SpecNodeKind.String, root["openapi"]!.Kind);
        Assert.Equal(("200", SpecNodeKind.Number), (root["max"]!.Text, root["max"]!.Kind));
        Assert.Equal("0.5", root["ratio"]!.Text);
        Assert.Equal("1E+3", root["exp"]!.Text);
        Assert.Equal("31", root["hex"]!.Text);
        Assert.True(root["flag"]!.AsBoolean());
        Assert.Equal(SpecNodeKind.Null, root["nothing"]!.Kind);
        Assert.Equal(SpecNodeKind.Null, root["empty"]!.Kind);
        Assert.Equal(SpecNodeKind.String, root["quoted"]!.Kind);
        Assert.Equal(SpecNodeKind.String, root["text"]!.Kind);
        Assert.Equal(SpecNodeKind.Number, root["version"]!.Kind);
    }

    [Fact]
    public void Yaml_and_json_of_the_same_document_give_the_same_tree()
    {
        var yaml = Read("""
            paths:
              /invoices:
                get:
                  parameters:
                    - name: size
                      in: query
                      schema: { type: integer, maximum: 200 }
            """);
        var json = SpecReader.Read("""{"paths":{"/invoices":{"get":{"parameters":[{"name":"size","in":"query","schema":{"type":"integer","maximum":200}}]}}}}""", SpecFormat.Json).Root!;

        Assert.Equal(Flatten(json), Flatten(yaml));
    }

    [Fact]
    public void Positions_are_one_based_lines_and_columns()
    {
        var root = Read("a:\n  b: [1, 2]\n");

        Assert.Equal(new SourcePosition(2, 3), root["a"]!["b"]!.KeyPosition);
        Assert.Equal(new SourcePosition(2, 10), root["a"]!["b"]![1].Position);
        Assert.Equal("/a/b/1", root["a"]!["b"]![1].Pointer);
    }

    [Fact]
    public void Aliases_become_independent_copies()
    {
        var root = Read("""
            base: &shared { type: string }
            other: *shared
            """);

        Assert.Equal("string", root["other"]!.GetString("type"));
        Assert.Equal("/other/type", root["other"]!["type"]!.Pointer);
    }

    [Theory]
    [InlineData("a: 1\na: 2\n", 2, "Duplicate key 'a'")]
    [InlineData("a: [1, 2\n", 2, "")]
    [InlineData("a: 1\n---\nb: 2\n", 2, "one YAML document")]
    [InlineData("? [x]\n: 1\n", 1, "scalar keys")]
    [InlineData("", 1, "empty")]
    public void Errors_say_where(string yaml, int line, string message)
    {
        var result = SpecReader.Read(yaml, SpecFormat.Yaml);

        Assert.Null(result.Root);
        Assert.Equal(line, result.Error!.Position.Line);
        Assert.Contains(message, result.Error.Message, StringComparison.Ordinal);
    }

    private static SpecNode Read(string yaml)
    {
        var result = SpecReader.Read(yaml, SpecFormat.Yaml);
        Assert.Null(result.Error);
        return result.Root!;
    }

    private static List<string> Flatten(SpecNode node)
    {
        var lines = new List<string>();
        Walk(node);
        return lines;

        void Walk(SpecNode n)
        {
            lines.Add($"{n.Pointer} {n.Kind} {n.Text}");
            foreach (var child in n.Children)
            {
                Walk(child);
            }
        }
    }
}
