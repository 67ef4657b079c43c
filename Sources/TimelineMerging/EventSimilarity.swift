/// How much two events say the same thing, from 0 to 1.
///
/// A weighted sum of three overlaps: actors (who), action concepts (what was done) and content
/// words of the sentence. Actors weigh most: the action words of news are few ("met", "said")
/// and shared by many events. Two actors match when their names share a token ("Putin" and
/// "Russian President Vladimir Putin"); the actor score is the number of matched actors over
/// the size of the smaller list (at least 2), so a report naming fewer people still matches but
/// one shared place is not enough. When neither event names anyone, actions and words carry the
/// whole score (such events still never merge across differing dates). Actions compare
/// known concepts by Jaccard (shared / all), else all action words by the overlap coefficient;
/// words use Jaccard.
struct EventSimilarity {
    let actors: Double
    /// How many actors of each side found a match (the smaller of the two counts).
    let sharedActors: Int
    let actions: Double
    let words: Double
    /// Neither side names anyone ("Heavy rain flooded the valley"): the score rests on what was
    /// done and the wording alone.
    let neitherNamesActors: Bool

    static let actorWeight = 0.5
    static let actionWeight = 0.2
    static let wordWeight = 0.3
    static let leastActorCount = 2

    init(_ a: EventFeatures, _ b: EventFeatures) {
        sharedActors = Self.matched(a.actors, b.actors)
        neitherNamesActors = a.actors.isEmpty && b.actors.isEmpty
        // A lone actor ("Syria") is weak evidence: the smaller list counts as at least two.
        let smaller = max(min(a.actors.count, b.actors.count), Self.leastActorCount)
        actors = min(a.actors.count, b.actors.count) == 0 ? 0 : Double(sharedActors) / Double(smaller)
        // Known action concepts ("meet", "say") when both have some: the other words the
        // extractor lists are mostly topic, which `words` already compares.
        // Jaccard there: "invited ... to meet" is not the same action as "met".
        actions = a.knownActions.isEmpty || b.knownActions.isEmpty
            ? Self.overlap(a.actions, b.actions) : Self.jaccard(a.knownActions, b.knownActions)
        words = Self.jaccard(a.words, b.words)
    }

    var score: Double {
        if neitherNamesActors {
            return (Self.actionWeight * actions + Self.wordWeight * words) / (Self.actionWeight + Self.wordWeight)
        }
        return Self.actorWeight * actors + Self.actionWeight * actions + Self.wordWeight * words
    }

    /// Both who and what are shared: required before an undated or conflicting report merges.
    var sharesActorsAndActions: Bool { sharedActors > 0 && actions > 0 }

    /// Actors of one side that match an actor of the other, counted on the side with fewer matches.
    static func matched(_ a: [Set<String>], _ b: [Set<String>]) -> Int {
        let inA = a.filter { x in b.contains { !x.isDisjoint(with: $0) } }.count
        let inB = b.filter { y in a.contains { !y.isDisjoint(with: $0) } }.count
        return min(inA, inB)
    }

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
