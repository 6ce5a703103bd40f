using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace Procountor.Benchmarks;

/// <summary>
/// NSwag's C# client and models for the 23.12 spec, generated and compiled with Roslyn when a benchmark sets up, so
/// the peer is always what the referenced NSwag makes of today's spec (nothing committed can go stale; the compiled
/// image is reused across processes by <see cref="NSwagPeerCache"/>). Reflection is used here only; the benchmarks
/// call the delegates this binds.
/// </summary>
internal sealed class NSwagPeer
{
    private const string Namespace = "NSwagPeer";
    private const string ClientName = "NSwagProcountorClient";

    private static readonly ConcurrentDictionary<(string, CSharpJsonLibrary), Lazy<NSwagPeer>> Compiled = new();

    private readonly object _serializerSettings;

    private NSwagPeer(Assembly assembly, CSharpJsonLibrary library)
    {
        Assembly = assembly;
        Library = library;
        ClientType = assembly.GetType($"{Namespace}.{ClientName}", throwOnError: true)!;
        // The generated client reads answers with settings from this factory; the models are read with the same ones.
        _serializerSettings = ClientType
            .GetMethod("CreateSerializerSettings", BindingFlags.NonPublic | BindingFlags.Static)!
            .Invoke(null, null)!;
    }

    public Assembly Assembly { get; }

    public CSharpJsonLibrary Library { get; }

    public Type ClientType { get; }

    /// <summary>
    /// The peer for the spec of <paramref name="version"/> on <paramref name="library"/>: System.Text.Json gives NSwag
    /// its best shot, Newtonsoft.Json is its default. Generated and compiled once per process.
    /// </summary>
    public static NSwagPeer For(string version, CSharpJsonLibrary library = CSharpJsonLibrary.SystemTextJson) =>
        Compiled.GetOrAdd((version, library), key => new Lazy<NSwagPeer>(() =>
            new NSwagPeer(
                // One assembly per library: the default load context holds one assembly of a name.
                NSwagPeerCache.Load(Generate(File.ReadAllText(BenchmarkData.SpecPath(key.Item1)), key.Item2), $"NSwagPeer.{key.Item1}.{key.Item2}", Compile),
                key.Item2))).Value;

    public Type Model(string name) => Assembly.GetType($"{Namespace}.{name}", throwOnError: true)!;

    /// <summary>Reads UTF-8 JSON into the NSwag model <paramref name="name"/> the way NSwag's client reads an answer.</summary>
    public Func<byte[], object> Deserializer(string name)
    {
        var method = Library == CSharpJsonLibrary.SystemTextJson ? nameof(ReadSystemTextJson) : nameof(ReadNewtonsoft);
        var read = (Func<byte[], object, object>)typeof(NSwagPeer).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(Model(name))
            .CreateDelegate(typeof(Func<byte[], object, object>));
        var settings = _serializerSettings;
        return bytes => read(bytes, settings);
    }

    private static object ReadSystemTextJson<T>(byte[] utf8Json, object options) =>
        JsonSerializer.Deserialize<T>(utf8Json, (JsonSerializerOptions)options) ?? throw new JsonException("null");

    // As NSwag's Newtonsoft client reads a response stream: a serializer per answer, a JsonTextReader over a StreamReader.
    private static object ReadNewtonsoft<T>(byte[] utf8Json, object settings)
    {
        using var text = new StreamReader(new MemoryStream(utf8Json));
        using var json = new Newtonsoft.Json.JsonTextReader(text);
        var serializer = Newtonsoft.Json.JsonSerializer.Create((Newtonsoft.Json.JsonSerializerSettings)settings);
        return serializer.Deserialize<T>(json) ?? throw new JsonException("null");
    }

    /// <summary>NSwag's client over <paramref name="http"/>, calling the API at <paramref name="baseUrl"/>.</summary>
    public object CreateClient(HttpClient http, string baseUrl)
    {
        // NSwag takes the base URL in the constructor or, when the spec names servers, as a settable property.
        var withUrl = ClientType.GetConstructor([typeof(string), typeof(HttpClient)]);
        if (withUrl is not null)
            return withUrl.Invoke([baseUrl, http]);
        var client = Activator.CreateInstance(ClientType, http)!;
        ClientType.GetProperty("BaseUrl")!.SetValue(client, baseUrl);
        return client;
    }

    /// <summary>
    /// A compiled call of <paramref name="client"/>'s operation <paramref name="method"/> (the overload with a
    /// cancellation token) with the given arguments and every other parameter left at its default.
    /// </summary>
    public Func<Task> Operation(object client, string method, IReadOnlyDictionary<string, object?> arguments)
    {
        var target = ClientType.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == method)
            .OrderByDescending(m => m.GetParameters().Length)
            .First();
        var parameters = target.GetParameters().Select(p => (Expression)Expression.Constant(
            arguments.TryGetValue(p.Name!, out var given) ? given : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null,
            p.ParameterType));
        var call = Expression.Call(Expression.Constant(client), target, parameters);
        return Expression.Lambda<Func<Task>>(call).Compile();
    }

    internal static string Generate(string specText, CSharpJsonLibrary library)
    {
        var document = OpenApiDocument.FromJsonAsync(specText).GetAwaiter().GetResult();
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = ClientName,
            // One client class with the operation ids as method names: searchInvoice → SearchInvoiceAsync.
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
            GenerateClientInterfaces = false,
            // The same decimal and collection types the SDK and the floor read into, so that every contender does the
            // same work.
            CSharpGeneratorSettings =
            {
                Namespace = Namespace,
                JsonLibrary = library,
                NumberType = "decimal",
                ArrayType = "System.Collections.Generic.List",
                ArrayInstanceType = "System.Collections.Generic.List",
            },
        };
        return new CSharpClientGenerator(document, settings).GenerateFile();
    }

    internal static byte[] Compile(string code, string assemblyName)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Disable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20).Select(d => d.ToString());
            throw new InvalidOperationException("NSwag's client for the spec does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        return image.ToArray();
    }
}
