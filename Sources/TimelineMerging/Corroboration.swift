import TimelineModel

/// Attaches undated reports to the dated entry they tell of.
///
/// An undated event never becomes an entry. It adds its citation to the draft it is most like
/// when the kinds go together, the two share actors and action concepts, and the similarity
/// reaches `corroborationThreshold`, unless that draft already cites the same article (then
/// the report adds nothing and goes nowhere else either). Blocking is by
/// actor: only drafts sharing an actor token are compared. It must share at least
/// `corroborationActors` actors. Among drafts it fits within `recencyMargin` of the best, the
/// one dated closest to the publication date of the report's article wins.
struct Corroboration {
    let options: MergeOptions

    func attach(_ undated: [(Event, EventFeatures)], to drafts: inout [EntryDraft], events: [Event], features: [EventFeatures],
                published: [String: CalendarDate]) {
        var byActor: [String: [Int]] = [:]
        for (d, draft) in drafts.enumerated() {
            let actors = draft.members.reduce(into: Set<String>()) { $0.formUnion(features[$1].actorTokens) }
            for actor in actors { byActor[actor, default: []].append(d) }
        }
        for (event, feature) in undated {
            let candidates = Set(feature.actorTokens.flatMap { byActor[$0] ?? [] }).sorted()
            var fits: [(draft: Int, score: Double, distance: Int)] = []
            for d in candidates {
                let draft = drafts[d]
                guard let first = draft.members.first, KindGroups.together(events[first].kind, event.kind) else { continue }
                let score = draft.members.compactMap { m -> Double? in
                    let similarity = EventSimilarity(feature, features[m])
                    return similarity.sharesActorsAndActions && similarity.sharedActors >= options.corroborationActors
                        ? similarity.score : nil
                }.max() ?? 0
                guard score >= options.corroborationThreshold else { continue }
                fits.append((d, score, Self.distance(published[event.citation.source], draft.choice.when.interval)))
            }
            let top = fits.map(\.score).max() ?? 0
            let best = fits.filter { $0.score >= top - options.recencyMargin }.min { a, b in
                a.distance != b.distance ? a.distance < b.distance : a.score != b.score ? a.score > b.score : a.draft < b.draft
            }.map(\.draft)
            // A report that best fits an entry its own article already gives adds nothing there,
            // and must not go to a lesser match instead.
            if let best, !drafts[best].sources(in: events).contains(event.citation.source) {
                drafts[best].corroborating.append(event.citation)
            }
        }
    }

    /// Days between a publication date and a date's interval; large when either is unknown.
    static func distance(_ day: CalendarDate?, _ interval: DayInterval?) -> Int {
        guard let day, let interval else { return Int.max }
        if interval.contains(day) { return 0 }
        return day < interval.start ? day.days(to: interval.start) : interval.end.days(to: day)
    }
}
