using Procountor.OpenApi.Reading;

namespace Procountor.OpenApi.Naming;

/// <summary>One property of an object type after <c>allOf</c> flattening.</summary>
/// <param name="JsonName">The member name in JSON.</param>
/// <param name="Schema">The property's schema (maybe a <c>$ref</c>).</param>
/// <param name="Required">Listed in <c>required</c> by the declaring schema or any schema of the composition.</param>
public sealed record SchemaProperty(string JsonName, SpecNode Schema, bool Required)
{
    /// <summary>The pointer of the property's schema: <c>/components/schemas/Invoice/properties/id</c>.</summary>
    public string Pointer => Schema.Pointer;
}

/// <summary>The properties an object type has, with <c>allOf</c> members (referenced or inline) flattened in order.</summary>
public static class SchemaProperties
{
    /// <remarks>
    /// A property declared twice (a base and an extension both list it) keeps its first position and its last
    /// declaration, the most specific one. Reference cycles through <c>allOf</c> are cut where they close.
    /// </remarks>
    public static IReadOnlyList<SchemaProperty> Flatten(SpecDocument document, SpecNode schema)
    {
        var order = new List<string>();
        var byName = new Dictionary<string, SpecNode>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        Collect(document, schema, order, byName, required, new HashSet<SpecNode>());
        var result = new List<SchemaProperty>(order.Count);
        foreach (var name in order)
        {
            result.Add(new SchemaProperty(name, byName[name], required.Contains(name)));
        }

        return result;
    }

    /// <summary>The <c>additionalProperties</c> schema of the type or any <c>allOf</c> member, if one allows extra members with a schema.</summary>
    public static SpecNode? AdditionalProperties(SpecDocument document, SpecNode schema)
    {
        var seen = new HashSet<SpecNode>();
        return Find(document, schema, seen);

        static SpecNode? Find(SpecDocument document, SpecNode schema, HashSet<SpecNode> seen)
        {
            if (document.Dereference(schema) is not { IsObject: true } target || !seen.Add(target))
            {
                return null;
            }

            if (target["additionalProperties"] is { IsObject: true } extra)
            {
                return extra;
            }

            if (target["allOf"] is { IsArray: true } members)
            {
                foreach (var member in members.Children)
                {
                    if (Find(document, member, seen) is { } found)
                    {
                        return found;
                    }
                }
            }

            return null;
        }
    }

    private static void Collect(SpecDocument document, SpecNode schema, List<string> order, Dictionary<string, SpecNode> byName, HashSet<string> required, HashSet<SpecNode> seen)
    {
        if (document.Dereference(schema) is not { IsObject: true } target || !seen.Add(target))
        {
            return;
        }

        if (target["allOf"] is { IsArray: true } members)
        {
            foreach (var member in members.Children)
            {
                Collect(document, member, order, byName, required, seen);
            }
        }

        if (target["properties"] is { IsObject: true } properties)
        {
            foreach (var property in properties.Children)
            {
                if (!byName.ContainsKey(property.Key!))
                {
                    order.Add(property.Key!);
                }

                byName[property.Key!] = property;
            }
        }

        if (target["required"] is { IsArray: true } names)
        {
            foreach (var name in names.Children)
            {
                if (name.Kind == SpecNodeKind.String)
                {
                    required.Add(name.Text!);
                }
            }
        }
    }
}
