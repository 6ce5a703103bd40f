using Procountor.Migration.Formats;
using Procountor.Migration.Tests.Infrastructure;

namespace Procountor.Migration.Tests;

/// <summary>The HTML report as a person sees it: rendered by headless Chromium, it shows something and logs no errors.</summary>
public sealed class HtmlRenderingTests
{
    [ChromiumFact]
    public async Task The_html_report_renders_without_console_errors_and_is_not_blank()
    {
        var html = MigrationRenderer.Render(Bundled.Report, MigrationFormat.Html);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        var file = Path.Combine(Directory.CreateTempSubdirectory("migration-html-").FullName, "migration.html");
        await File.WriteAllTextAsync(file, html);
        await using var chromium = await HeadlessChromium.StartAsync();
        var png = PngPixels.Decode(await chromium.ScreenshotAsync(file));

        Assert.Empty(chromium.Errors);
        Assert.True(png.Width >= 800 && png.Height >= 600, $"screenshot is {png.Width}x{png.Height}");
        var colours = png.Rgb.Distinct().Count();
        var background = png.Rgb.GroupBy(p => p).Max(g => g.Count());
        Assert.True(colours > 50, $"only {colours} colours on the page");
        Assert.True(background < png.Rgb.Length * 0.9, "the page is one colour almost everywhere");
    }
}

/// <summary>A fact that reports itself skipped when Debian's Chromium is not installed (<c>.ci/run</c> installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!HeadlessChromium.IsInstalled)
        {
            Skip = $"{HeadlessChromium.Executable} is not installed (apt-get install chromium)";
        }
    }
}
