using System.Text;

namespace Procountor.OpenApi.Naming;

/// <summary>
/// The low-level rules that turn spec names into C# identifiers: casing, invalid characters, keywords.
/// Everything that must agree on a C# name (the generator, the migration report, the analyzer) goes through here.
/// </summary>
public static class CSharpIdentifiers
{
    // Reserved keywords plus the contextual ones that cannot be identifiers in every position (await in async
    // methods, value in setters). Escaping one that did not need it is harmless; missing one is a compile error.
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "await", "async", "dynamic", "nameof", "value", "var", "yield", "record", "required", "scoped", "file",
    };

    public static bool IsKeyword(string identifier) => Keywords.Contains(identifier);

    /// <summary>Prefixes <c>@</c> when <paramref name="identifier"/> is a keyword.</summary>
    public static string EscapeKeyword(string identifier) => IsKeyword(identifier) ? "@" + identifier : identifier;

    /// <summary>
    /// <c>bankReferenceCode</c> → <c>BankReferenceCode</c>, <c>PARTLY_PAID</c> → <c>PartlyPaid</c>,
    /// <c>invoice-id</c> → <c>InvoiceId</c>, <c>VATstatus</c> → <c>VATstatus</c>, <c>2fa</c> → <c>_2fa</c>.
    /// </summary>
    /// <remarks>
    /// Words are split at every character that cannot appear in an identifier. A word written entirely in capitals
    /// is an enum-style constant and becomes Pascal case; any other word keeps its inner casing, because specs
    /// already write <c>camelCase</c> and rewriting it would lose word boundaries.
    /// </remarks>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var isPart = i < name.Length && IsIdentifierPart(name[i]);
            if (isPart && start < 0)
            {
                start = i;
            }
            else if (!isPart && start >= 0)
            {
                AppendWord(builder, name, start, i - start);
                start = -1;
            }
        }

        if (builder.Length == 0)
        {
            return "Value";
        }

        return char.IsDigit(builder[0]) ? "_" + builder : builder.ToString();
    }

    /// <summary>Pascal case with the first letter lowered: <c>InvoiceId</c> → <c>invoiceId</c>. Not keyword-escaped.</summary>
    public static string ToCamelCase(string name)
    {
        var pascal = ToPascalCase(name);
        return pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }

    /// <summary>A parameter or local name: camel case, keyword-escaped.</summary>
    public static string ToParameterName(string name) => EscapeKeyword(ToCamelCase(name));

    private static void AppendWord(StringBuilder builder, string name, int start, int length)
    {
        var shouting = true;
        var hasLetter = false;
        for (var i = start; i < start + length; i++)
        {
            if (char.IsLetter(name[i]))
            {
                hasLetter = true;
                shouting &= char.IsUpper(name[i]);
            }
        }

        builder.Append(char.ToUpperInvariant(name[start]));
        for (var i = start + 1; i < start + length; i++)
        {
            builder.Append(hasLetter && shouting ? char.ToLowerInvariant(name[i]) : name[i]);
        }
    }

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c);
}
