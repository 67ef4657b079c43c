import TimelineModel

/// Groups dated events that report the same happening.
///
/// Events are taken in the order given (the merger sorts them canonically first). Each joins
/// the most similar existing cluster it may join, else starts its own. An event may join a
/// cluster when
/// - the kinds go together (`KindGroups`),
/// - its date is compatible with or near every member's date (never far from any), and
/// - it is similar enough to at least one member: `compatibleThreshold` for a member with a
///   compatible date; `conflictThreshold`, and shared actors and actions, for a member whose
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

    /// The best qualifying similarity of event `i` to a member, nil when it may not join.
    private func joinScore(_ i: Int, cluster: [Int], events: [Event], features: [EventFeatures]) -> Double? {
        guard let interval = events[i].when?.interval else { return nil }
        var best: Double?
        for m in cluster {
            guard let other = events[m].when?.interval else { return nil }
            let relation = DateRelation(interval, other, nearDays: options.nearDays)
            if relation == .far { return nil }
            let similarity = EventSimilarity(features[i], features[m])
            let passes = relation == .compatible
                ? similarity.score >= options.compatibleThreshold
                : similarity.score >= options.conflictThreshold && similarity.sharesActorsAndActions
            if passes, best.map({ similarity.score > $0 }) ?? true { best = similarity.score }
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
