import TimelineModel

/// Attaches undated reports to the dated entry they tell of.
///
/// An undated event never becomes an entry. It adds its citation to the draft it is most like
/// when that draft comes from other sources only, the kinds go together, the two share actors
/// and action concepts, and the similarity reaches `corroborationThreshold`. Blocking is by
/// actor: only drafts sharing an actor token are compared. Ties go to the draft whose date is
/// closest to the publication date of the undated report's article.
struct Corroboration {
    let options: MergeOptions

    func attach(_ undated: [Event], to drafts: inout [EntryDraft], events: [Event], features: [EventFeatures],
                published: [String: CalendarDate]) {
        var byActor: [String: [Int]] = [:]
        for (d, draft) in drafts.enumerated() {
            let actors = Set(draft.members.flatMap { features[$0].actors })
            for actor in actors { byActor[actor, default: []].append(d) }
        }
        for event in undated {
            let feature = EventFeatures(event)
            let candidates = Set(feature.actors.flatMap { byActor[$0] ?? [] }).sorted()
            var best: (draft: Int, score: Double, distance: Int)?
            for d in candidates {
                let draft = drafts[d]
                guard let first = draft.members.first, KindGroups.together(events[first].kind, event.kind),
                      !draft.sources(in: events).contains(event.citation.source) else { continue }
                let score = draft.members.compactMap { m -> Double? in
                    let similarity = EventSimilarity(feature, features[m])
                    return similarity.sharesActorsAndActions ? similarity.score : nil
                }.max() ?? 0
                guard score >= options.corroborationThreshold else { continue }
                let distance = Self.distance(published[event.citation.source], draft.choice.when.interval)
                if best.map({ score > $0.score || score == $0.score && distance < $0.distance }) ?? true {
                    best = (d, score, distance)
                }
            }
            if let best { drafts[best.draft].corroborating.append(event.citation) }
        }
    }

    /// Days between a publication date and a date's interval; large when either is unknown.
    static func distance(_ day: CalendarDate?, _ interval: DayInterval?) -> Int {
        guard let day, let interval else { return Int.max }
        if interval.contains(day) { return 0 }
        return day < interval.start ? day.days(to: interval.start) : interval.end.days(to: day)
    }
}
