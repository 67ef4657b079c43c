/// Words that tell what kind of event a clause states, as data (see `EventKindClassifier`).
enum CueWords {
    /// Single words that make a clause a plan, expectation or possibility. "may" counts only in lower case.
    static let plannedWords: Set<String> = [
        "will", "would", "could", "might", "shall", "may", "upcoming", "forthcoming", "planned", "proposed",
        "scheduled", "intends", "intend", "plans", "planning",
    ]

    /// Word sequences that make a clause a plan ("is due to", "expected to", "set to").
    static let plannedPhrases: [[String]] = [
        ["is", "due", "to"], ["are", "due", "to"], ["was", "due", "to"], ["were", "due", "to"],
        ["expected", "to"], ["is", "set", "to"], ["are", "set", "to"], ["was", "set", "to"], ["were", "set", "to"],
        ["going", "to"], ["poised", "to"], ["slated", "to"], ["aims", "to"], ["aiming", "to"], ["hopes", "to"],
    ]

    /// Words that, before "since" in the same clause, make the date that of an earlier occurrence
    /// ("the first meeting since March 2023" dates the previous meeting, not this one).
    static let previousOccurrenceMarkers: Set<String> = ["first"]
    /// How many tokens before "since" such a marker may stand.
    static let previousOccurrenceReach = 12

    /// Words dropped between "first" and "since" when naming the earlier occurrence ("first time ... since").
    static let previousOccurrenceFillers: Set<String> = ["time", "ever", "-", "the"]

    /// Words that may stand between "since" and its date ("since the 2014 annexation").
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"]

    /// Words that may stand between a reporting verb and its date ("said on Tuesday", "told reporters late Wednesday").
    static let dateLeadWords: Set<String> = [
        "on", "in", "at", "during", "late", "early", "earlier", "later", "last", "this", "of", "since", "by",
    ]

    /// Words that open a time expression's prepositional phrase; removed with the date from a summary.
    static let datePrepositions: Set<String> = ["on", "in", "at", "during", "since", "by", "from", "as", "of"]

    /// How far after a reporting verb a bare complement must show a verb to count as reported content.
    static let complementVerbReach = 7

    /// Finite verbs that mark a bare complement as a clause ("said rebels took the town").
    static let finiteVerbs: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
        "could", "may", "might", "must", "shall", "should", "took", "met", "held", "made", "left", "gave", "came",
        "went", "won", "lost", "fell", "rose", "led", "sent", "hit", "began", "saw", "got", "put", "ran", "cut",
        "set", "told", "said", "knew", "thought", "wanted", "needs", "wants", "plans", "remains", "seems",
    ]

    /// Prepositions after which a communication verb has a plain object, not reported content
    /// ("told Assad of his concern" is an event, not a frame).
    static let objectPrepositions: Set<String> = [
        "of", "about", "with", "for", "to", "by", "at", "in", "on", "over", "into", "from", "against", "after",
    ]

    /// Marks that set a restated date in apposition: "two days later — on Friday", "last week, on July 16".
    static let appositionMarks: Set<String> = [",", "—", "–", "-", "(", ")"]
}
