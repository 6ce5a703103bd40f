using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Procountor.OpenApi.Reading;

/// <summary>
/// Reads a YAML spec through YamlDotNet's event parser into the same tree the JSON reader builds, resolving plain
/// scalars by the YAML 1.2 core schema so that <c>type: integer</c> stays a string and <c>maximum: 200</c> a number.
/// </summary>
internal sealed class YamlSpecReader
{
    private const string StringTag = "tag:yaml.org,2002:str";
    private const int MaxDepth = 256;

    private static readonly Regex DecimalNumber = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex HexNumber = new("^0x[0-9a-fA-F]+$", RegexOptions.CultureInvariant);
    private static readonly Regex OctalNumber = new("^0o[0-7]+$", RegexOptions.CultureInvariant);

    private readonly IParser _parser;
    private readonly Dictionary<string, SpecNode> _anchors = new(StringComparer.Ordinal);
    private int _depth;

    private YamlSpecReader(string text)
    {
        _parser = new Parser(new StringReader(text));
    }

    public static SpecReadResult Read(string text)
    {
        var reader = new YamlSpecReader(text);
        try
        {
            return new SpecReadResult(reader.ReadStream(), null);
        }
        catch (YamlException e)
        {
            return new SpecReadResult(null, new SpecError(CleanMessage(e), Position(e.Start)));
        }
    }

    private SpecNode ReadStream()
    {
        _parser.Consume<StreamStart>();
        if (_parser.Accept<StreamEnd>(out var end))
        {
            throw new YamlException(end.Start, end.End, "The document is empty.");
        }

        _parser.Consume<DocumentStart>();
        var root = ReadValue();
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out var next))
        {
            throw new YamlException(next.Start, next.End, "Only one YAML document is allowed in a spec file.");
        }

        return root;
    }

    private SpecNode ReadValue()
    {
        if (_parser.TryConsume<Scalar>(out var scalar))
        {
            return Remember(scalar.Anchor, ResolveScalar(scalar));
        }

        if (_parser.TryConsume<MappingStart>(out var mapping))
        {
            return Remember(mapping.Anchor, ReadMapping(mapping));
        }

        if (_parser.TryConsume<SequenceStart>(out var sequence))
        {
            return Remember(sequence.Anchor, ReadSequence(sequence));
        }

        var alias = _parser.Consume<AnchorAlias>();
        if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
        {
            throw new YamlException(alias.Start, alias.End, $"Unknown alias '*{alias.Value.Value}'.");
        }

        // The tree is a tree: an alias gets its own copy, so that every node keeps one parent and one pointer.
        return Copy(anchored);
    }

    private SpecNode ReadMapping(MappingStart start)
    {
        Enter(start);
        var members = new List<SpecNode>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            if (!_parser.TryConsume<Scalar>(out var key))
            {
                var current = _parser.Current!;
                throw new YamlException(current.Start, current.End, "Only scalar keys are supported in a spec.");
            }

            if (!keys.Add(key.Value))
            {
                throw new YamlException(key.Start, key.End, $"Duplicate key '{key.Value}'.");
            }

            members.Add(SpecNode.Member(key.Value, Position(key.Start), ReadValue()));
        }

        _depth--;
        return SpecNode.Object(members.ToArray(), Position(start.Start));
    }

    private SpecNode ReadSequence(SequenceStart start)
    {
        Enter(start);
        var items = new List<SpecNode>();
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadValue());
        }

        _depth--;
        return SpecNode.Array(items.ToArray(), Position(start.Start));
    }

    private void Enter(ParsingEvent start)
    {
        if (++_depth > MaxDepth)
        {
            throw new YamlException(start.Start, start.End, $"The document nests deeper than {MaxDepth} levels.");
        }
    }

    private static SpecNode ResolveScalar(Scalar scalar)
    {
        var position = Position(scalar.Start);
        var value = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain || (!scalar.Tag.IsEmpty && scalar.Tag.Value == StringTag))
        {
            return SpecNode.Scalar(SpecNodeKind.String, value, position);
        }

        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return SpecNode.Scalar(SpecNodeKind.Null, "null", position);
            case "true" or "True" or "TRUE":
                return SpecNode.Scalar(SpecNodeKind.Boolean, "true", position);
            case "false" or "False" or "FALSE":
                return SpecNode.Scalar(SpecNodeKind.Boolean, "false", position);
        }

        if (DecimalNumber.IsMatch(value))
        {
            return SpecNode.Scalar(SpecNodeKind.Number, NormalizeDecimal(value), position);
        }

        if (HexNumber.IsMatch(value) || OctalNumber.IsMatch(value))
        {
            var number = Convert.ToInt64(value.Substring(2), value[1] == 'x' ? 16 : 8);
            return SpecNode.Scalar(SpecNodeKind.Number, number.ToString(CultureInfo.InvariantCulture), position);
        }

        return SpecNode.Scalar(SpecNodeKind.String, value, position);
    }

    // Keeps the number's digits but spells it as JSON would, so both readers give the same Text.
    private static string NormalizeDecimal(string value)
    {
        if (value[0] == '+')
        {
            value = value.Substring(1);
        }

        var sign = value[0] == '-' ? "-" : string.Empty;
        var body = sign.Length == 0 ? value : value.Substring(1);
        if (body[0] == '.')
        {
            body = "0" + body;
        }

        body = body.Replace(".e", "e").Replace(".E", "E");
        if (body.EndsWith(".", StringComparison.Ordinal))
        {
            body = body.Substring(0, body.Length - 1);
        }

        return sign + body;
    }

    private SpecNode Remember(AnchorName anchor, SpecNode node)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        return node;
    }

    private static SpecNode Copy(SpecNode node)
    {
        switch (node.Kind)
        {
            case SpecNodeKind.Object:
                var members = new SpecNode[node.Count];
                for (var i = 0; i < members.Length; i++)
                {
                    members[i] = SpecNode.Member(node[i].Key!, node[i].KeyPosition, Copy(node[i]));
                }

                return SpecNode.Object(members, node.Position);
            case SpecNodeKind.Array:
                var items = new SpecNode[node.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Copy(node[i]);
                }

                return SpecNode.Array(items, node.Position);
            default:
                return SpecNode.Scalar(node.Kind, node.Text!, node.Position);
        }
    }

    private static SourcePosition Position(Mark mark) => new((int)mark.Line, (int)mark.Column);

    // YamlDotNet prefixes its messages with the span; we report the position separately.
    private static string CleanMessage(YamlException e)
    {
        var message = e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
    }
}
