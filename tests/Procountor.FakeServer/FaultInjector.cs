using System.Collections.Concurrent;

namespace Procountor.FakeServer;

/// <summary>Faults waiting for requests: each applies once, to the first request whose method and path match.</summary>
public sealed class FaultInjector
{
    private readonly ConcurrentQueue<(string Method, string PathSuffix, Fault Fault)> _pending = new();

    /// <summary>Applies <paramref name="fault"/> to the next <paramref name="method"/> request whose path ends with <paramref name="pathSuffix"/>.</summary>
    public FaultInjector Add(string method, string pathSuffix, Fault fault, int times = 1)
    {
        for (var i = 0; i < times; i++)
            _pending.Enqueue((method, pathSuffix, fault));
        return this;
    }

    /// <summary>Forgets every fault not yet applied.</summary>
    public void Clear() => _pending.Clear();

    internal Fault? Take(string method, string path)
    {
        lock (_pending)
        {
            var all = _pending.ToArray();
            var index = Array.FindIndex(all, f => string.Equals(f.Method, method, StringComparison.OrdinalIgnoreCase)
                && path.EndsWith(f.PathSuffix, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
                return null;
            _pending.Clear();
            for (var i = 0; i < all.Length; i++)
                if (i != index)
                    _pending.Enqueue(all[i]);
            return all[index].Fault;
        }
    }
}
