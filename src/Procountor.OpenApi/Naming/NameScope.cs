namespace Procountor.OpenApi.Naming;

/// <summary>
/// Hands out unique names within one C# scope (a namespace, a type's members, a method's parameters).
/// Claims are first come, first served, so callers must claim in a stable order (spec order) for stable names.
/// </summary>
public sealed class NameScope
{
    private readonly HashSet<string> _taken;

    public NameScope(IEnumerable<string>? reserved = null)
    {
        _taken = new HashSet<string>(reserved ?? [], StringComparer.Ordinal);
    }

    public bool IsTaken(string name) => _taken.Contains(name);

    /// <summary>Returns <paramref name="desired"/>, or <c>desired2</c>, <c>desired3</c>… when it is taken.</summary>
    public string Claim(string desired)
    {
        if (_taken.Add(desired))
        {
            return desired;
        }

        for (var n = 2; ; n++)
        {
            var candidate = desired + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
