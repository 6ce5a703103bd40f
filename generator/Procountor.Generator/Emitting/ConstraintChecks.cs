using System.Globalization;
using Procountor.Generator.Model;

namespace Procountor.Generator.Emitting;

/// <summary>The validation calls for a spec constraint, shared by model <c>Validate</c> methods and operation arguments.</summary>
internal static class ConstraintChecks
{
    /// <summary>The <c>ApiConstraints</c> calls that check a value of <paramref name="type"/> (models check their own members).</summary>
    public static IEnumerable<string> Of(TypeRef type, ConstraintSpec c, string value, string path, string errors)
    {
        const string Constraints = "global::Procountor.Runtime.Validation.ApiConstraints";
        var kind = type.Kind;
        if (kind == TypeKind.String)
        {
            if (c.MaxLength is { } max)
            {
                yield return Constraints + ".MaxLength(" + value + ", " + Int(max) + ", " + path + ", " + errors + ");";
            }

            if (c.MinLength is { } min)
            {
                yield return Constraints + ".MinLength(" + value + ", " + Int(min) + ", " + path + ", " + errors + ");";
            }

            if (c.Pattern is { } pattern)
            {
                yield return Constraints + ".Pattern(" + value + ", " + CSharpTypes.Literal(pattern) + ", " + path + ", " + errors + ");";
            }
        }
        else if (kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Decimal && (c.Minimum is not null || c.Maximum is not null))
        {
            yield return Constraints + ".Range(" + value + ", " + Decimal(c.Minimum) + ", " + Decimal(c.Maximum) + ", "
                + Bool(c.ExclusiveMinimum) + ", " + Bool(c.ExclusiveMaximum) + ", " + path + ", " + errors + ");";
        }
        else if (kind == TypeKind.Array && (c.MinItems is not null || c.MaxItems is not null))
        {
            yield return Constraints + ".Items(" + value + ", " + NullableInt(c.MinItems) + ", " + NullableInt(c.MaxItems) + ", " + path + ", " + errors + ");";
        }

        static string Int(int number) => number.ToString(CultureInfo.InvariantCulture);

        static string NullableInt(int? number) => number is { } v ? Int(v) : "null";

        static string Decimal(string? number) => number is null ? "null" : number + "m";

        static string Bool(bool flag) => flag ? "true" : "false";
    }
}
