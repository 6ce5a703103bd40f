using Procountor.FakeServer;

namespace Procountor.Sdk.Tests.Support;

/// <summary>Waiting for something that happens on another thread, bounded so a broken test fails instead of hanging.</summary>
public static class Waiting
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    /// <summary>Completes when the server has received the (<paramref name="skip"/>+1)-th matching request, counting those already received.</summary>
    public static Task<RecordedRequest> NextRequestTo(this FakeProcountorServer server, string method, string pathSuffix, int skip = 0)
    {
        var arrived = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = 0;
        void OnRequest(RecordedRequest r)
        {
            if (r.Method == method && r.Path.EndsWith(pathSuffix, StringComparison.OrdinalIgnoreCase) && Interlocked.Increment(ref seen) == skip + 1)
                arrived.TrySetResult(r);
        }
        server.RequestReceived += OnRequest;
        foreach (var r in server.Requests)
            OnRequest(r);
        return arrived.Task.WaitAsync(Limit);
    }

    /// <summary>Completes when a log line containing <paramref name="text"/> has been written.</summary>
    public static async Task WaitForLogAsync(this TestClient test, string text)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!test.LogText().Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No log line contains '{text}'. Lines:\n" + string.Join('\n', test.LogText()));
            await Task.Delay(2);
        }
    }
}
