using System.Globalization;
using System.Text.RegularExpressions;

namespace Procountor.Runtime.Validation;

/// <summary>A generated model that checks its values against the spec's constraints.</summary>
public interface IApiValidatable
{
    /// <summary>Adds one error per broken constraint; <paramref name="path"/> names this value (<c>body.invoiceRows[2]</c>).</summary>
    void Validate(string path, ICollection<ApiValidationError> errors);
}

/// <summary>One broken constraint: where (<c>body.counterParty.name</c>) and what.</summary>
public sealed record ApiValidationError(string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Path + ": " + Message;
}

/// <summary>A request was not sent because its values break the spec's constraints.</summary>
public sealed class ApiValidationException : ArgumentException
{
    /// <summary>Creates the exception for the broken constraints; the first one's path is the parameter name.</summary>
    public ApiValidationException(IReadOnlyList<ApiValidationError> errors)
        : base(string.Join("; ", errors), errors.Count > 0 ? errors[0].Path : null)
    {
        Errors = errors;
    }

    /// <summary>Every broken constraint.</summary>
    public IReadOnlyList<ApiValidationError> Errors { get; }

    /// <summary>Throws for <paramref name="errors"/> unless there are none.</summary>
    public static void ThrowIfAny(IReadOnlyList<ApiValidationError> errors)
    {
        if (errors.Count > 0)
        {
            throw new ApiValidationException(errors);
        }
    }
}

/// <summary>The checks generated <c>Validate</c> methods call.</summary>
public static class ApiConstraints
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    /// <summary>At most <paramref name="max"/> characters (<c>maxLength</c>).</summary>
    public static void MaxLength(string? value, int max, string path, ICollection<ApiValidationError> errors)
    {
        if (value is not null && value.Length > max)
        {
            errors.Add(new ApiValidationError(path, string.Create(CultureInfo.InvariantCulture, $"is {value.Length} characters long; at most {max} are allowed.")));
        }
    }

    /// <summary>At least <paramref name="min"/> characters (<c>minLength</c>).</summary>
    public static void MinLength(string? value, int min, string path, ICollection<ApiValidationError> errors)
    {
        if (value is not null && value.Length < min)
        {
            errors.Add(new ApiValidationError(path, string.Create(CultureInfo.InvariantCulture, $"is {value.Length} characters long; at least {min} are required.")));
        }
    }

    /// <summary>Matches the spec's <c>pattern</c>.</summary>
    public static void Pattern(string? value, string pattern, string path, ICollection<ApiValidationError> errors)
    {
        if (value is not null && PatternOf(pattern) is { } regex && !regex.IsMatch(value))
        {
            errors.Add(new ApiValidationError(path, $"does not match the pattern {pattern}."));
        }
    }

    // Patterns are ECMA 262 in the spec; the few that .NET cannot parse are not checked rather than breaking the model.
    private static Regex? PatternOf(string pattern) => Patterns.GetOrAdd(pattern, static p =>
    {
        try
        {
            return new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return null;
        }
    });

    /// <summary>Within <c>minimum</c>/<c>maximum</c> (exclusive when the spec says so).</summary>
    public static void Range(decimal? value, decimal? minimum, decimal? maximum, bool exclusiveMinimum, bool exclusiveMaximum, string path, ICollection<ApiValidationError> errors)
    {
        if (value is not { } v)
        {
            return;
        }

        if (minimum is { } min && (exclusiveMinimum ? v <= min : v < min))
        {
            errors.Add(new ApiValidationError(path, string.Create(CultureInfo.InvariantCulture, $"is {v}; it must be {(exclusiveMinimum ? "greater than" : "at least")} {min}.")));
        }

        if (maximum is { } max && (exclusiveMaximum ? v >= max : v > max))
        {
            errors.Add(new ApiValidationError(path, string.Create(CultureInfo.InvariantCulture, $"is {v}; it must be {(exclusiveMaximum ? "less than" : "at most")} {max}.")));
        }
    }

    /// <summary>Between <c>minItems</c> and <c>maxItems</c> items.</summary>
    public static void Items<T>(ICollection<T>? value, int? minItems, int? maxItems, string path, ICollection<ApiValidationError> errors)
    {
        if (value is null)
        {
            return;
        }

        if (minItems is { } min && value.Count < min)
        {
            errors.Add(new ApiValidationError(path, string.Create(CultureInfo.InvariantCulture, $"has {value.Count} items; at least {min} are required.")));
        }

        if (maxItems is { } max && value.Count > max)
        {
            errors.Add(new ApiValidationError(path, string.Create(CultureInfo.InvariantCulture, $"has {value.Count} items; at most {max} are allowed.")));
        }
    }

    /// <summary>Validates each nested model of a list: <c>path[0]</c>, <c>path[1]</c>...</summary>
    public static void Each<T>(IEnumerable<T>? values, string path, ICollection<ApiValidationError> errors)
        where T : IApiValidatable?
    {
        if (values is null)
        {
            return;
        }

        var index = 0;
        foreach (var value in values)
        {
            value?.Validate(string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"), errors);
            index++;
        }
    }
}
