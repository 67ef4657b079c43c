import TimelineModel

/// The one order events are taken in, whatever order they came in: by source id, offset,
/// then date and wording. It makes the merge deterministic.
enum CanonicalOrder {
    static func precedes(_ a: Event, _ b: Event) -> Bool {
        let ka = (a.citation.source, a.citation.start, a.citation.end)
        let kb = (b.citation.source, b.citation.start, b.citation.end)
        if ka != kb { return ka < kb }
        let va = (a.when?.value ?? "", a.when?.mod?.rawValue ?? "", a.kind.rawValue, a.summary)
        let vb = (b.when?.value ?? "", b.when?.mod?.rawValue ?? "", b.kind.rawValue, b.summary)
        if va != vb { return va < vb }
        let wa = (a.citation.expression ?? "", a.actors.joined(separator: "\u{1F}"), a.actionWords.joined(separator: "\u{1F}"))
        let wb = (b.citation.expression ?? "", b.actors.joined(separator: "\u{1F}"), b.actionWords.joined(separator: "\u{1F}"))
        return wa < wb
    }

    /// Order for clustering: by date (earlier start, longer interval first), then canonically.
    static func forClustering(_ a: Event, _ b: Event) -> Bool {
        if let wa = a.when, let wb = b.when {
            if DateChoice.calendarOrder(wa, wb) { return true }
            if DateChoice.calendarOrder(wb, wa) { return false }
        }
        return precedes(a, b)
    }
}
