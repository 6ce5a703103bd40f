using System.Text;
using System.Xml;
using System.Xml.Linq;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Reports;

namespace Procountor.SpecDiff.Formats;

/// <summary>JUnit XML for CI dashboards: a suite per version pair, a test case per change; errors and warnings fail.</summary>
internal static class JUnitReport
{
    public static string Render(RangeReport report, RenderOptions options)
    {
        var suites = new List<XElement>();
        foreach (var pair in report.Pairs)
        {
            var changes = ReportContent.Changes(pair, options.View == ReportView.Breaking ? ReportView.Breaking : ReportView.Diff);
            var cases = changes.Select(change =>
            {
                var testCase = new XElement(
                    "testcase",
                    new XAttribute("classname", change.Operation ?? "(document)"),
                    new XAttribute("name", $"{change.RuleId}: {change.Subject} [{change.Fingerprint}]"),
                    new XAttribute("time", "0"));
                if (change.IsBreaking)
                {
                    testCase.Add(new XElement(
                        "failure",
                        new XAttribute("type", ReportContent.Level(change.Level)),
                        new XAttribute("message", change.Message),
                        $"{change.Message}\nbase {ReportContent.Location(change.Base)}\nrevision {ReportContent.Location(change.Revision)}"
                            + (change.ReleaseNotes.IsDefaultOrEmpty ? string.Empty : "\nrelease notes " + string.Join(", ", change.ReleaseNotes))));
                }
                else
                {
                    testCase.Add(new XElement("system-out", change.Message));
                }

                return testCase;
            }).ToList();
            suites.Add(new XElement(
                "testsuite",
                new XAttribute("name", ReportContent.Title(pair)),
                new XAttribute("tests", cases.Count),
                new XAttribute("failures", changes.Count(c => c.IsBreaking)),
                new XAttribute("errors", 0),
                new XAttribute("skipped", 0),
                new XAttribute("time", "0"),
                cases));
        }

        var root = new XElement(
            "testsuites",
            new XAttribute("name", "procountor specdiff"),
            new XAttribute("tests", suites.Sum(s => (int)s.Attribute("tests")!)),
            new XAttribute("failures", suites.Sum(s => (int)s.Attribute("failures")!)),
            suites);
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(root).Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
