/// How much two events say the same thing, from 0 to 1.
///
/// A weighted sum of three overlaps: actors (who), action concepts (what was done) and content
/// words of the sentence. Actors and actions use the overlap coefficient (shared / smaller set),
/// so "Putin" matches "Russian President Vladimir Putin"; words use Jaccard (shared / all).
struct EventSimilarity {
    let actors: Double
    let actions: Double
    let words: Double

    static let actorWeight = 0.4
    static let actionWeight = 0.35
    static let wordWeight = 0.25

    init(_ a: EventFeatures, _ b: EventFeatures) {
        actors = Self.overlap(a.actors, b.actors)
        actions = Self.overlap(a.actions, b.actions)
        words = Self.jaccard(a.words, b.words)
    }

    var score: Double {
        Self.actorWeight * actors + Self.actionWeight * actions + Self.wordWeight * words
    }

    /// Both who and what are shared: required before an undated or conflicting report merges.
    var sharesActorsAndActions: Bool { actors > 0 && actions > 0 }

    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        let smaller = min(a.count, b.count)
        guard smaller > 0 else { return 0 }
        return Double(a.intersection(b).count) / Double(smaller)
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        guard union > 0 else { return 0 }
        return Double(a.intersection(b).count) / Double(union)
    }
}
