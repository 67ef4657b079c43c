import TimelineModel

/// Merges the events read from many articles into one chronology.
///
/// ```swift
/// let chronology = EventMerger.merge(events, sources: articles, title: "Putin meets Assad")
/// ```
///
/// - Reports of the same happening become one entry citing every source: their dates must be
///   compatible (equal, or one inside the other) and what they say similar (actors, action words,
///   wording). Only events in the same date block are compared (see `DateBlocking`).
/// - Close but different dates for one happening give one entry with `conflicts`; the entry's
///   date is the best-supported, most specific one and `dateReason` says why (see `DateChoice`).
/// - Undated events never become entries; they corroborate an entry from other sources.
/// - Entries sort by date (coarser before the days inside it), then by their first citation.
///   Ids hash the entry's first event, so they survive adding unrelated articles.
/// - The result depends only on the set of events and articles, not on their order.
public enum EventMerger {
    public static func merge(_ events: [Event], sources: [Article], title: String? = nil,
                             options: MergeOptions = MergeOptions()) -> Chronology {
        let canonical = events.sorted(by: CanonicalOrder.precedes)
        let allFeatures = ContextActors.features(canonical)
        let datedIndices = canonical.indices.filter { canonical[$0].when?.interval != nil }
            .sorted { CanonicalOrder.forClustering(canonical[$0], canonical[$1]) }
        let undatedIndices = canonical.indices.filter { canonical[$0].when?.interval == nil }
        let dated = datedIndices.map { canonical[$0] }
        let features = datedIndices.map { allFeatures[$0] }

        let clusters = EventClusterer(options: options).clusters(of: dated, features: features)
        var drafts = clusters.compactMap { cluster -> EntryDraft? in
            let members = cluster.sorted { CanonicalOrder.precedes(dated[$0], dated[$1]) }
            return DateChoice(members: members.map { dated[$0] }).map { EntryDraft(members: members, choice: $0) }
        }
        var published: [String: CalendarDate] = [:]
        for article in sources { published[article.id] = article.published }
        Corroboration(options: options).attach(undatedIndices.map { (canonical[$0], allFeatures[$0]) }, to: &drafts,
                                               events: dated, features: features, published: published)

        let entries = drafts.compactMap { draft in
            draft.entry(events: dated, features: features).map { (entry: $0, anchor: dated[draft.members[0]]) }
        }.sorted { EntryOrder.precedes($0.entry, $0.anchor, $1.entry, $1.anchor) }.map(\.entry)
        let ids = EntryID.disambiguate(entries.map(\.id))
        let numbered = zip(entries, ids).map { entry, id in
            var entry = entry
            entry.id = id
            return entry
        }
        return Chronology(title: title, entries: numbered, sources: sources.sorted { $0.id < $1.id })
    }
}

/// Entry order: by start day; at the same start the coarser date first (2024 before 2024-01
/// before 2024-01-01); then by the entry's first citation (source id, offset); then by id.
enum EntryOrder {
    static func precedes(_ a: ChronologyEntry, _ anchorA: Event, _ b: ChronologyEntry, _ anchorB: Event) -> Bool {
        if DateChoice.calendarOrder(a.when, b.when) { return true }
        if DateChoice.calendarOrder(b.when, a.when) { return false }
        if CanonicalOrder.precedes(anchorA, anchorB) { return true }
        if CanonicalOrder.precedes(anchorB, anchorA) { return false }
        return a.id < b.id
    }
}
