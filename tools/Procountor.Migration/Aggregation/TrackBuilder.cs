using Procountor.SpecDiff.Reports;

namespace Procountor.Migration.Aggregation;

/// <summary>
/// Follows every element through the consecutive pairs of a range: renames move an element's track to its new name
/// (so a chain of renames stays one track), removals end it, additions start a new one.
/// </summary>
internal static class TrackBuilder
{
    private static readonly EventKind[] Order = [EventKind.Renamed, EventKind.Removed, EventKind.Added, EventKind.Deprecated, EventKind.Modified];

    public static List<Track> Build(IReadOnlyList<PairReport> pairs, ChangeClassifier classifier)
    {
        var all = new List<Track>();
        var live = new Dictionary<string, Track>(StringComparer.Ordinal);
        for (var pair = 0; pair < pairs.Count; pair++)
        {
            var events = pairs[pair].Changes.Select(c => classifier.Classify(pair, c)).OfType<ChangeEvent>().ToList();
            var movedHere = new Dictionary<string, Track>(StringComparer.Ordinal);
            foreach (var kind in Order)
            {
                foreach (var e in events.Where(e => e.Kind == kind))
                {
                    Apply(e);
                }
            }

            void Apply(ChangeEvent e)
            {
                var key = e.Element.Key;
                switch (e.Kind)
                {
                    case EventKind.Renamed:
                        if (movedHere.TryGetValue(key, out var moved))
                        {
                            moved.Events.Add(e);
                            return;
                        }

                        var renamed = Existing(key, e);
                        live.Remove(key);
                        renamed.Current = e.Renamed!;
                        live[e.Renamed!.Key] = renamed;
                        movedHere[key] = renamed;
                        renamed.Events.Add(e);
                        return;
                    case EventKind.Added:
                        if (live.TryGetValue(key, out var present) && !present.Removed)
                        {
                            present.Events.Add(e);
                            return;
                        }

                        var added = new Track(e.Element, existedAtStart: false);
                        all.Add(added);
                        live[key] = added;
                        added.Events.Add(e);
                        return;
                    case EventKind.Removed:
                        var removed = Existing(key, e);
                        removed.Removed = true;
                        removed.Events.Add(e);
                        return;
                    default:
                        (movedHere.GetValueOrDefault(key) ?? Existing(key, e)).Events.Add(e);
                        return;
                }
            }
        }

        return all;

        Track Existing(string key, ChangeEvent e)
        {
            if (live.TryGetValue(key, out var track))
            {
                return track;
            }

            track = new Track(e.Element, existedAtStart: true);
            all.Add(track);
            live[key] = track;
            return track;
        }
    }
}
