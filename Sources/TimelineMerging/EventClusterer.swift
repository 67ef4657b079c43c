import TimelineModel

/// Groups dated events that report the same happening.
///
/// Events are taken in the order given (the merger sorts them canonically first). Each joins
/// the most similar existing cluster it may join (a member with the very same date counting a
/// little more), else starts its own. An event may join a
/// cluster when
/// - the kinds go together (`KindGroups`),
/// - its date is compatible with or near every member's date (never far from any), and
/// - it is similar enough to at least one member: `compatibleThreshold` for a member with a
///   compatible date (`sameDayStatementThreshold` for two statements of the same day sharing
///   actors and actions); `conflictThreshold`, and shared actors and actions, for a member whose
///   date is only near (the pair then shows as a conflict).
struct EventClusterer {
    let options: MergeOptions

    /// Clusters as lists of indices into `events`; every event must have an interval.
    func clusters(of events: [Event], features: [EventFeatures]) -> [[Int]] {
        var clusters: [[Int]] = []
        var blocking = DateBlocking(nearDays: options.nearDays)
        for (i, event) in events.enumerated() {
            guard let interval = event.when?.interval else { continue }
            var best: (cluster: Int, score: Double)?
            for c in blocking.candidates(for: interval) {
                guard let first = clusters[c].first,
                      KindGroups.together(events[first].kind, event.kind),
                      let score = joinScore(i, cluster: clusters[c], events: events, features: features)
                else { continue }
                if best.map({ score > $0.score }) ?? true { best = (c, score) }
            }
            if let best {
                clusters[best.cluster].append(i)
                blocking.insert(interval, cluster: best.cluster)
            } else {
                clusters.append([i])
                blocking.insert(interval, cluster: clusters.count - 1)
            }
        }
        return clusters
    }

    /// Added to the similarity to a member with the same interval when ranking clusters.
    static let sameDateBonus = 0.1

    /// Two statements dated to the very same single day.
    static func sameDayStatements(_ a: Event, _ b: Event) -> Bool {
        guard a.kind == .statement, b.kind == .statement, let x = a.when?.interval, let y = b.when?.interval else { return false }
        return x.dayCount == 1 && x == y
    }

    /// The best qualifying similarity of event `i` to a member, nil when it may not join.
    private func joinScore(_ i: Int, cluster: [Int], events: [Event], features: [EventFeatures]) -> Double? {
        guard let interval = events[i].when?.interval else { return nil }
        var best: Double?
        for m in cluster {
            guard let other = events[m].when?.interval else { return nil }
            let relation = DateRelation(interval, other, nearDays: options.nearDays)
            if relation == .far { return nil }
            let similarity = EventSimilarity(features[i], features[m])
            let passes: Bool
            if relation == .near {
                passes = similarity.score >= options.conflictThreshold && similarity.sharesActorsAndActions
            } else if Self.sameDayStatements(events[i], events[m]) && similarity.sharesActorsAndActions {
                passes = similarity.score >= min(options.sameDayStatementThreshold, options.compatibleThreshold)
            } else {
                passes = similarity.score >= options.compatibleThreshold
            }
            // A member with the very same date counts a little more than one merely compatible.
            let score = similarity.score + (other == interval ? Self.sameDateBonus : 0)
            if passes, best.map({ score > $0 }) ?? true { best = score }
        }
        return best
    }
}

/// Which kinds of event may be one entry: what happened and what is still going on since then
/// can be the same happening; a statement, a plan or a denial is an event of its own.
enum KindGroups {
    static let group: [EventKind: String] = [
        .occurred: "happened", .ongoing: "happened", .statement: "statement", .planned: "planned", .denied: "denied",
    ]

    static func together(_ a: EventKind, _ b: EventKind) -> Bool {
        (group[a] ?? a.rawValue) == (group[b] ?? b.rawValue)
    }
}
