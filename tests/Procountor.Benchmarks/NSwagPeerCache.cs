using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;

namespace Procountor.Benchmarks;

/// <summary>
/// NSwag's compiled peer kept on disk between benchmark processes. BenchmarkDotNet runs every benchmark in a process
/// of its own; compiling the peer in each costs seconds and leaves the JIT busy while measuring. The key is the
/// generated code itself and the runtime compiled against, so a change of spec, settings or NSwag cannot go stale.
/// </summary>
internal static class NSwagPeerCache
{
    public static Assembly Load(string code, string assemblyName, Func<string, string, byte[]> compile)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Environment.Version}|{assemblyName}|{code}")))[..24];
        var path = Path.Combine(Path.GetTempPath(), "procountor-benchmarks", $"nswag-peer-{key}.dll");
        byte[] image;
        if (File.Exists(path))
        {
            image = File.ReadAllBytes(path);
        }
        else
        {
            image = compile(code, assemblyName);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Written aside and moved, so that a process reading the cache never sees half an image.
            var partial = path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllBytes(partial, image);
            File.Move(partial, path, overwrite: true);
        }

        return AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(image));
    }
}
