using Procountor.OpenApi.Reading;

namespace Procountor.OpenApi.Naming;

/// <summary>
/// How a document pages its searches: a page-number and a page-size query parameter, and a response object with the
/// page's items in an array and a metadata block with the total count. Procountor's overlay sets these names.
/// </summary>
public sealed record PagingConvention(
    string PageParameter,
    string SizeParameter,
    string ResultsProperty,
    string MetaProperty,
    string TotalCountProperty,
    int? MaxPageSize)
{
    /// <summary>
    /// The paging of <paramref name="operation"/>, or <c>null</c> when it does not follow the convention: both query
    /// parameters exist and the first 2xx JSON response is an object with an array <c>results</c> and an object <c>meta</c>.
    /// </summary>
    public PagedOperation? Match(SpecDocument document, SpecOperation operation)
    {
        SpecParameter? page = null, size = null;
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.In != "query")
            {
                continue;
            }

            if (parameter.Name == PageParameter)
            {
                page = parameter;
            }
            else if (parameter.Name == SizeParameter)
            {
                size = parameter;
            }
        }

        if (page is null || size is null || SuccessJsonSchema(document, operation) is not { } response)
        {
            return null;
        }

        SpecNode? results = null, meta = null;
        foreach (var property in SchemaProperties.Flatten(document, response))
        {
            if (property.JsonName == ResultsProperty)
            {
                results = document.Dereference(property.Schema);
            }
            else if (property.JsonName == MetaProperty)
            {
                meta = document.Dereference(property.Schema);
            }
        }

        if (results is null || SchemaShape.Of(results).Kind != SchemaShapeKind.Array || results["items"] is not { } items || meta is null)
        {
            return null;
        }

        return new PagedOperation(page, size, items);
    }

    /// <summary>The schema of the first 2xx response with JSON content, <c>$ref</c> followed.</summary>
    public static SpecNode? SuccessJsonSchema(SpecDocument document, SpecOperation operation)
    {
        if (operation.Responses is not { } responses)
        {
            return null;
        }

        foreach (var response in responses.Children)
        {
            if (response.Key!.Length == 3 && response.Key[0] == '2'
                && document.Dereference(response) is { } resolved
                && resolved["content"] is { IsObject: true } content)
            {
                foreach (var media in content.Children)
                {
                    if (MediaTypes.IsJson(media.Key!) && media["schema"] is { } schema)
                    {
                        return document.Dereference(schema);
                    }
                }
            }
        }

        return null;
    }
}

/// <summary>A search that pages by the convention: its two parameters and the schema of one item.</summary>
public sealed record PagedOperation(SpecParameter Page, SpecParameter Size, SpecNode ItemSchema);

/// <summary>Media-type families the generator and naming treat alike.</summary>
public static class MediaTypes
{
    /// <summary><c>application/json</c>, <c>application/problem+json</c>, <c>text/json</c>, with or without parameters.</summary>
    public static bool IsJson(string mediaType)
    {
        var end = mediaType.IndexOf(';');
        var bare = (end < 0 ? mediaType : mediaType.Substring(0, end)).Trim();
        return bare.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || bare.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || bare.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || bare == "*/*";
    }

    public static bool IsMultipartForm(string mediaType) => mediaType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    public static bool IsUrlEncodedForm(string mediaType) => mediaType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
