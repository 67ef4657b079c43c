import TimelineModel

/// The date an entry carries, chosen among the dates its sources give, and why.
///
/// Each distinct date is scored by, in order: the number of sources whose date is compatible
/// with it; the number of its citations written out in full (not counted from a publication
/// date); how specific it is (fewer days); how early it starts. Dates incompatible with the
/// winner become conflicts. No vote is silent: `reason` says what each date got and which
/// criterion decided.
struct DateChoice {
    let when: TemporalValue
    /// Dates incompatible with `when`, in calendar order.
    let conflicting: [TemporalValue]
    let reason: String?

    /// `members` must all have an interval; it must not be empty.
    init?(members: [Event]) {
        let dated = members.compactMap { event in event.when.flatMap { w in w.interval.map { (event, w, $0) } } }
        var values: [TemporalValue] = []
        for (_, value, _) in dated where !values.contains(value) { values.append(value) }
        values.sort(by: Self.calendarOrder)
        guard !values.isEmpty else { return nil }

        func support(_ v: TemporalValue) -> Int {
            guard let interval = v.interval else { return 0 }
            return Set(dated.filter { $0.2.isCompatible(with: interval) }.map(\.0.citation.source)).count
        }
        func explicit(_ v: TemporalValue) -> Int {
            dated.filter { $0.1 == v && $0.0.citation.resolvedFrom?.anchorKind == AnchorKind.none }.count
        }
        let scored = values.map { Score(value: $0, support: support($0), explicit: explicit($0)) }
        let ranked = scored.sorted(by: Score.better)
        guard let winner = ranked.first, let winnerInterval = winner.value.interval else { return nil }
        when = winner.value
        conflicting = values.filter { v in v.interval.map { !$0.isCompatible(with: winnerInterval) } ?? false }

        guard values.count > 1 else {
            reason = nil
            return
        }
        // The tally counts sources per written value; "late Wednesday" (END) and "Wednesday" are one day.
        var labels: [String] = []
        for v in values where !labels.contains(v.value) { labels.append(v.value) }
        let counts = labels.map { label in (label, Set(dated.filter { $0.1.value == label }.map(\.0.citation.source)).count) }
            .enumerated().sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
            .map(\.element)
        guard counts.count > 1 else {
            reason = nil
            return
        }
        let tally = counts.enumerated().map { n, pair in
            let verb = n == 0 ? (pair.1 == 1 ? "source gives" : "sources give") : (pair.1 == 1 ? "gives" : "give")
            return "\(pair.1) \(verb) \(pair.0)"
        }.joined(separator: ", ")
        let rival = ranked.first { s in s.value.interval.map { !$0.isCompatible(with: winnerInterval) } ?? false }
        reason = "\(tally); \(Self.criterion(winner, over: rival))"
    }

    private static func criterion(_ winner: Score, over rival: Score?) -> String {
        guard let rival else { return "the most specific date the sources agree on" }
        if winner.support != rival.support { return "the date with more sources" }
        if winner.explicit != rival.explicit {
            return "as many sources each; the date written out rather than counted from a publication date"
        }
        if winner.days != rival.days { return "as many sources each; the more specific date" }
        return "as many sources each; the earlier date"
    }

    /// Calendar order for dates: earlier start first, then the longer interval, then the value text.
    static func calendarOrder(_ a: TemporalValue, _ b: TemporalValue) -> Bool {
        let ka = (a.interval?.start.dayNumber ?? Int.max, -(a.interval?.dayCount ?? 0))
        let kb = (b.interval?.start.dayNumber ?? Int.max, -(b.interval?.dayCount ?? 0))
        if ka != kb { return ka < kb }
        if a.value != b.value { return a.value < b.value }
        return (a.mod?.rawValue ?? "") < (b.mod?.rawValue ?? "")
    }

    private struct Score {
        let value: TemporalValue
        let support: Int
        let explicit: Int
        var days: Int { value.interval?.dayCount ?? Int.max }
        var start: Int { value.interval?.start.dayNumber ?? Int.max }

        static func better(_ a: Score, _ b: Score) -> Bool {
            if a.support != b.support { return a.support > b.support }
            if a.explicit != b.explicit { return a.explicit > b.explicit }
            if a.days != b.days { return a.days < b.days }
            if a.start != b.start { return a.start < b.start }
            return calendarOrder(a.value, b.value)
        }
    }
}
