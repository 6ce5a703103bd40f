using System.Text;

namespace Procountor.Generator.Emitting;

/// <summary>A small indentation-aware text builder; lines end with <c>\n</c> on every platform (byte-identical output).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new(4096);
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> and an opening brace, and indents until the returned scope is disposed.</summary>
    public Block Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return new Block(this, "}");
    }

    /// <summary>Like <see cref="Open"/>, closing with <paramref name="close"/> (<c>};</c>, <c>});</c>).</summary>
    public Block Open(string header, string close)
    {
        Line(header);
        Line("{");
        _indent++;
        return new Block(this, close);
    }

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    /// <summary>XML documentation: <c>&lt;summary&gt;</c> with the text escaped, one line per line of text.</summary>
    public SourceWriter Summary(string? text, string fallback)
    {
        var body = string.IsNullOrWhiteSpace(text) ? fallback : Escape(text!);
        Line("/// <summary>");
        foreach (var line in body.Replace("\r\n", "\n").Split('\n'))
        {
            Line("/// " + line.TrimEnd());
        }

        return Line("/// </summary>");
    }

    public override string ToString() => _builder.ToString();

    /// <summary>Escapes text for XML documentation.</summary>
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    internal sealed class Block : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _close;

        public Block(SourceWriter writer, string close)
        {
            _writer = writer;
            _close = close;
        }

        public void Dispose()
        {
            _writer._indent--;
            _writer.Line(_close);
        }
    }
}
