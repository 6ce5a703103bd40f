using System.Security.Cryptography;
using System.Text;

namespace Procountor.SpecDiff.Rules;

/// <summary>
/// A change's stable identity: a hash of what it is (rule, operation, subject, item), never of where it sits in the
/// file, so that moving lines or reformatting a document keeps every fingerprint.
/// </summary>
public static class Fingerprint
{
    public static string Compute(string ruleId, string? operation, string subject, string? detail)
    {
        var text = string.Join("\n", ruleId, operation ?? string.Empty, subject, detail ?? string.Empty);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash, 0, 8);
    }
}
