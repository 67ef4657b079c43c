import TimelineModel

/// A cluster of dated events on its way to becoming a `ChronologyEntry`.
struct EntryDraft {
    /// Indices into the dated events, in canonical order.
    let members: [Int]
    let choice: DateChoice
    /// Citations of undated reports from other sources that tell the same event.
    var corroborating: [Citation] = []

    /// Every source the draft cites so far.
    func sources(in events: [Event]) -> Set<String> {
        Set(members.map { events[$0].citation.source } + corroborating.map(\.source))
    }

    func entry(events: [Event], features: [EventFeatures]) -> ChronologyEntry? {
        guard let anchor = members.first.map({ events[$0] }), let chosen = choice.when.interval else { return nil }
        let compatible = members.filter { events[$0].when?.interval?.isCompatible(with: chosen) ?? false }
        let exact = compatible.filter { events[$0].when == choice.when }
        // The summary comes from a report of the chosen date that names its actors itself (no
        // "he", no "the meeting") and says more than a few words, then the one most like the others.
        let representative = exact.max { a, b in
            let (ka, kb) = (Self.readability(events[a]), Self.readability(events[b]))
            if ka != kb { return ka < kb }
            let (ca, cb) = (centrality(a, features), centrality(b, features))
            return ca != cb ? ca < cb : a > b
        }
        let summaryEvent = representative.map { events[$0] } ?? anchor
        let conflicts = choice.conflicting.map { value in
            let reporting = members.filter { events[$0].when == value }.map { events[$0].citation }
            return Conflict(when: value, sources: Self.unique(reporting.map(\.source)), citations: Self.unique(reporting))
        }
        return ChronologyEntry(
            id: EntryID.make(anchor: anchor),
            when: choice.when,
            summary: summaryEvent.summary,
            kind: Self.majorityKind(compatible.map { events[$0].kind }) ?? anchor.kind,
            citations: Self.unique(compatible.map { events[$0].citation } + corroborating),
            conflicts: conflicts,
            dateReason: choice.reason
        )
    }

    /// Least number of words for a summary to stand on its own.
    static let summaryWords = 5

    /// 2 for a summary that stands on its own, 1 for a short or anaphoric one, 0 for both.
    static func readability(_ event: Event) -> Int {
        (ContextActors.pointsBack(event.summary) ? 0 : 1) + (WordNormalizer.words(event.summary).count >= summaryWords ? 1 : 0)
    }

    private func centrality(_ i: Int, _ features: [EventFeatures]) -> Double {
        members.reduce(0) { sum, m in m == i ? sum : sum + EventSimilarity(features[i], features[m]).score }
    }

    /// The most frequent kind; ties go to the kind listed first in `EventKind.allCases`.
    static func majorityKind(_ kinds: [EventKind]) -> EventKind? {
        EventKind.allCases.filter(kinds.contains).max { a, b in
            let (na, nb) = (kinds.filter { $0 == a }.count, kinds.filter { $0 == b }.count)
            return na != nb ? na < nb : (EventKind.allCases.firstIndex(of: a) ?? 0) > (EventKind.allCases.firstIndex(of: b) ?? 0)
        }
    }

    static func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }
}
