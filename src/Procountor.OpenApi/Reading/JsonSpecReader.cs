using System.Text;

namespace Procountor.OpenApi.Reading;

/// <summary>
/// Strict RFC 8259 reader that builds a <see cref="SpecNode"/> tree with line and column for every value.
/// </summary>
/// <remarks>
/// Hand-written rather than System.Text.Json because the reader must run inside compiler hosts
/// (netstandard2.0, Visual Studio's .NET Framework) without bundling System.Text.Json and its dependencies,
/// and because <c>JsonDocument</c> does not report positions. Specs repeat the same keys and <c>$ref</c>
/// targets thousands of times, so short strings are interned per read.
/// </remarks>
internal sealed class JsonSpecReader
{
    private const int MaxDepth = 256;

    private readonly string _text;
    private readonly StringTable _strings;
    private readonly List<SpecNode> _stack = new(256);
    private readonly List<SpecNode> _references = [];
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private int _depth;

    private JsonSpecReader(string text)
    {
        _text = text;
        _strings = new StringTable(text.Length);
    }

    public static SpecReadResult Read(string text)
    {
        var reader = new JsonSpecReader(text);
        try
        {
            return new SpecReadResult(reader.ReadDocument(), null) { References = reader._references };
        }
        catch (SyntaxException e)
        {
            return new SpecReadResult(null, e.Error);
        }
    }

    private SpecNode ReadDocument()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _pos = 1;
            _lineStart = 1;
        }

        SkipWhitespace();
        if (_pos >= _text.Length)
        {
            throw Error("The document is empty.");
        }

        var root = ReadValue();
        SkipWhitespace();
        if (_pos < _text.Length)
        {
            throw Error($"Unexpected '{Describe(_text[_pos])}' after the end of the document.");
        }

        return root;
    }

    private SpecNode ReadValue()
    {
        var position = Here();
        var c = _text[_pos];
        switch (c)
        {
            case '{':
                return ReadObject(position);
            case '[':
                return ReadArray(position);
            case '"':
                return SpecNode.Scalar(SpecNodeKind.String, ReadString(), position);
            case 't':
                ExpectLiteral("true");
                return SpecNode.Scalar(SpecNodeKind.Boolean, "true", position);
            case 'f':
                ExpectLiteral("false");
                return SpecNode.Scalar(SpecNodeKind.Boolean, "false", position);
            case 'n':
                ExpectLiteral("null");
                return SpecNode.Scalar(SpecNodeKind.Null, "null", position);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return SpecNode.Scalar(SpecNodeKind.Number, ReadNumber(), position);
                }

                throw Error($"Unexpected '{Describe(c)}'; expected a value.");
        }
    }

    private SpecNode ReadObject(SourcePosition position)
    {
        Enter();
        _pos++;
        var first = _stack.Count;
        HashSet<string>? seen = null;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
            return Leave(SpecNode.Object([], position), first);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error(Peek() == '}' ? "Trailing comma before '}'." : "Expected a property name in double quotes.");
            }

            var keyPosition = Here();
            var key = ReadString();
            if (IsDuplicate(key, first, ref seen))
            {
                throw new SyntaxException(new SpecError($"Duplicate key '{key}'.", keyPosition));
            }

            SkipWhitespace();
            if (Peek() != ':')
            {
                throw Error($"Expected ':' after the property name '{key}'.");
            }

            _pos++;
            SkipWhitespace();
            if (_pos >= _text.Length)
            {
                throw Error($"Expected a value for '{key}'.");
            }

            var member = SpecNode.Member(key, keyPosition, ReadValue());
            if (member.Kind == SpecNodeKind.String && key.Length == 4 && key == "$ref")
            {
                _references.Add(member);
            }

            _stack.Add(member);
            SkipWhitespace();
            var c = Peek();
            _pos++;
            if (c == ',')
            {
                continue;
            }

            if (c == '}')
            {
                return Leave(SpecNode.Object(Pop(first), position), -1);
            }

            _pos--;
            throw Error($"Expected ',' or '}}' after the value of '{key}'.");
        }
    }

    // Small objects are checked by a scan of the members read so far; large ones (paths, schemas) by a set.
    private bool IsDuplicate(string key, int first, ref HashSet<string>? seen)
    {
        var count = _stack.Count - first;
        if (seen is null && count <= 16)
        {
            for (var i = first; i < _stack.Count; i++)
            {
                if (string.Equals(_stack[i].Key, key, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        if (seen is null)
        {
            seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = first; i < _stack.Count; i++)
            {
                seen.Add(_stack[i].Key!);
            }
        }

        return !seen.Add(key);
    }

    private SpecNode ReadArray(SourcePosition position)
    {
        Enter();
        _pos++;
        var first = _stack.Count;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
            return Leave(SpecNode.Array([], position), first);
        }

        while (true)
        {
            SkipWhitespace();
            if (_pos >= _text.Length)
            {
                throw Error("Unterminated array.");
            }

            if (Peek() == ']')
            {
                throw Error("Trailing comma before ']'.");
            }

            _stack.Add(ReadValue());
            SkipWhitespace();
            var c = Peek();
            _pos++;
            if (c == ',')
            {
                continue;
            }

            if (c == ']')
            {
                return Leave(SpecNode.Array(Pop(first), position), -1);
            }

            _pos--;
            throw Error("Expected ',' or ']' after an array item.");
        }
    }

    private string ReadString()
    {
        var start = ++_pos;
        var text = _text;
        var pos = start;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == '"')
            {
                _pos = pos + 1;
                return _strings.Get(text, start, pos - start);
            }

            if (c == '\\' || c < ' ')
            {
                break;
            }

            pos++;
        }

        _pos = pos;
        if (pos < text.Length && text[pos] == '\\')
        {
            return ReadEscapedString(start);
        }

        throw Error(pos < text.Length && text[pos] != '\n' ? "Control characters must be escaped in strings." : "Unterminated string.");
    }

    private string ReadEscapedString(int start)
    {
        var builder = new StringBuilder(_text, start, _pos - start, (_pos - start) + 16);
        while (_pos < _text.Length)
        {
            var c = _text[_pos++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < ' ')
            {
                _pos--;
                throw Error("Control characters must be escaped in strings.");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_pos >= _text.Length)
            {
                break;
            }

            var escape = _text[_pos++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u': builder.Append(ReadHexEscape()); break;
                default:
                    _pos -= 2;
                    throw Error($"Invalid escape '\\{Describe(escape)}' in a string.");
            }
        }

        throw Error("Unterminated string.");
    }

    private char ReadHexEscape()
    {
        if (_pos + 4 > _text.Length)
        {
            throw Error("Incomplete \\u escape.");
        }

        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var c = _text[_pos + i];
            var digit = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : -1;
            if (digit < 0)
            {
                throw Error("Invalid \\u escape.");
            }

            value = (value * 16) + digit;
        }

        _pos += 4;
        return (char)value;
    }

    private string ReadNumber()
    {
        var start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }

        if (Peek() == '0')
        {
            _pos++;
        }
        else if (!SkipDigits())
        {
            throw Error("Invalid number.");
        }

        if (Peek() == '.')
        {
            _pos++;
            if (!SkipDigits())
            {
                throw Error("Invalid number: expected digits after '.'.");
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            if (!SkipDigits())
            {
                throw Error("Invalid number: expected digits in the exponent.");
            }
        }

        return _strings.Get(_text, start, _pos - start);
    }

    private bool SkipDigits()
    {
        var text = _text;
        var start = _pos;
        var pos = start;
        while (pos < text.Length && text[pos] >= '0' && text[pos] <= '9')
        {
            pos++;
        }

        _pos = pos;
        return pos > start;
    }

    private void ExpectLiteral(string literal)
    {
        if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0)
        {
            throw Error("Unexpected token; expected a value.");
        }

        _pos += literal.Length;
    }

    // Like the other scanning loops, works on a local copy of _pos rather than reading and writing the field on every
    // character: whitespace (mostly indentation) is about half of a pretty-printed spec.
    private void SkipWhitespace()
    {
        var text = _text;
        var pos = _pos;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == ' ' || c == '\t' || c == '\r')
            {
                pos++;
            }
            else if (c == '\n')
            {
                pos++;
                _line++;
                _lineStart = pos;
            }
            else
            {
                break;
            }
        }

        _pos = pos;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private SourcePosition Here() => new(_line, _pos - _lineStart + 1);

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Error($"The document nests deeper than {MaxDepth} levels.");
        }
    }

    private SpecNode Leave(SpecNode node, int popFrom)
    {
        if (popFrom >= 0)
        {
            _stack.RemoveRange(popFrom, _stack.Count - popFrom);
        }

        _depth--;
        return node;
    }

    private SpecNode[] Pop(int first)
    {
        var count = _stack.Count - first;
        var items = new SpecNode[count];
        _stack.CopyTo(first, items, 0, count);
        _stack.RemoveRange(first, count);
        return items;
    }

    private SyntaxException Error(string message)
    {
        // At the end of the text the specific expectation matters less than the fact that something is not closed.
        var atEnd = _pos >= _text.Length && _text.Length > 0 && !message.StartsWith("Unterminated string", StringComparison.Ordinal);
        return new(new SpecError(atEnd ? "Unexpected end of the document; an object or array is not closed." : message, Here()));
    }

    private static string Describe(char c) => c < ' ' ? $"\\u{(int)c:X4}" : c.ToString();

    private sealed class SyntaxException(SpecError error) : Exception(error.Message)
    {
        public SpecError Error { get; } = error;
    }
}
