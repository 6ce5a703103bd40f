using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Procountor.Migration.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol (a loopback WebSocket): loads a page, records
/// console errors and uncaught exceptions, takes a PNG screenshot. Started with a fresh profile and every
/// background service off; nothing leaves the machine.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly List<string> _errors = [];
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    public static bool IsInstalled => File.Exists(Executable);

    /// <summary>Console errors, uncaught exceptions and error log entries the page produced.</summary>
    public IReadOnlyList<string> Errors => _errors;

    public static async Task<HeadlessChromium> StartAsync()
    {
        var profile = Directory.CreateTempSubdirectory("migration-chromium-").FullName;
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0",
            "--remote-allow-origins=*", "--window-size=1280,1000", "--hide-scrollbars", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var browser = new HeadlessChromium(process, profile);
        // Chromium writes the port it picked and the browser's WebSocket path here once it listens.
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await browser.DisposeAsync();
                throw new InvalidOperationException("Chromium did not open its DevTools port");
            }

            await Task.Delay(50);
        }

        var lines = File.ReadAllLines(portFile);
        await browser._socket.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0]}{lines[1]}"), CancellationToken.None);
        return browser;
    }

    /// <summary>Opens <paramref name="file"/> in a new page, waits for its load event, and returns a PNG of the viewport.</summary>
    public async Task<byte[]> ScreenshotAsync(string file)
    {
        var target = await CallAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null);
        var attached = await CallAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, null);
        var session = attached["sessionId"]!.GetValue<string>();
        await CallAsync("Runtime.enable", new JsonObject(), session);
        await CallAsync("Log.enable", new JsonObject(), session);
        await CallAsync("Page.enable", new JsonObject(), session);
        await CallAsync("Page.navigate", new JsonObject { ["url"] = new Uri(file).AbsoluteUri }, session);
        await WaitForEventAsync("Page.loadEventFired", session);
        var shot = await CallAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }, session);
        return Convert.FromBase64String(shot["data"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        finally
        {
            _socket.Dispose();
            _process.Dispose();
            try
            {
                Directory.Delete(_profile, recursive: true);
            }
            catch (IOException)
            {
                // A crash handler may still hold a file; the profile is in the temp folder either way.
            }
        }
    }

    private async Task<JsonNode> CallAsync(string method, JsonObject parameters, string? session)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (session is not null)
        {
            message["sessionId"] = session;
        }

        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        while (true)
        {
            var reply = await ReceiveAsync();
            if (reply["id"]?.GetValue<int>() == id)
            {
                return reply["error"] is { } error ? throw new InvalidOperationException($"{method}: {error.ToJsonString()}") : reply["result"]!;
            }
        }
    }

    private async Task WaitForEventAsync(string name, string session)
    {
        while ((await ReceiveAsync())["method"]?.GetValue<string>() is var method && method != name)
        {
        }

        _ = session;
    }

    private async Task<JsonNode> ReceiveAsync()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var buffer = new byte[1 << 16];
        using var text = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, cancel.Token);
            text.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        var message = JsonNode.Parse(text.ToArray())!;
        Record(message);
        return message;
    }

    private void Record(JsonNode message)
    {
        var parameters = message["params"];
        switch (message["method"]?.GetValue<string>())
        {
            case "Runtime.exceptionThrown":
                _errors.Add("exception: " + parameters!["exceptionDetails"]!.ToJsonString());
                break;
            case "Runtime.consoleAPICalled" when parameters!["type"]!.GetValue<string>() is "error" or "assert":
                _errors.Add("console: " + parameters["args"]!.ToJsonString());
                break;
            case "Log.entryAdded" when parameters!["entry"]!["level"]!.GetValue<string>() == "error":
                _errors.Add("log: " + parameters["entry"]!["text"]!.GetValue<string>());
                break;
        }
    }
}
