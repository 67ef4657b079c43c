import TextAnalysis
import TimelineModel

/// What the merge compares in an event, normalized once: actors (each a set of name tokens),
/// action concepts and content words.
struct EventFeatures {
    /// One entry per actor: "Syrian President Bashar al-Assad" gives {syrian, bashar, assad}.
    let actors: [Set<String>]
    /// Concepts of every action word the extractor gave.
    let actions: Set<String>
    /// The concepts among them that `MergeVocabulary.actionConcepts` knows ("meet", "say").
    let knownActions: Set<String>
    let words: Set<String>

    /// Every actor token, for indexing.
    var actorTokens: Set<String> { actors.reduce(into: Set<String>()) { $0.formUnion($1) } }

    /// `context` adds actors named earlier in the article that the sentence points back to.
    init(_ event: Event, context: [Set<String>] = []) {
        var actors = event.actors.map { Set(WordNormalizer.actorTokens($0)) }.filter { !$0.isEmpty }
        if actors.isEmpty { actors = Self.capitalizedNames(in: event.summary).map { [$0] } }
        for borrowed in context where !actors.contains(borrowed) { actors.append(borrowed) }
        var seen = Set<Set<String>>()
        self.actors = actors.filter { seen.insert($0).inserted }
        actions = Set(event.actionWords.map(WordNormalizer.concept))
        knownActions = actions.filter(Self.concepts.contains)
        words = WordNormalizer.contentWords(event.summary)
            .union(WordNormalizer.contentWords(event.citation.quote))
            .union(event.actionWords.map { Stemmer.stem($0.lowercased()) })
    }

    static let concepts = Set(MergeVocabulary.actionConcepts.values)

    /// Fallback when the extractor named no actors: capitalized words after the first word of the
    /// summary ("... met Assad in Moscow" gives assad, moscow), without titles and calendar names.
    static func capitalizedNames(in text: String) -> [String] {
        var names: [String] = []
        var first = true
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            defer { first = false }
            guard !first, let initial = word.first, initial.isUppercase else { continue }
            for token in WordNormalizer.actorTokens(String(word))
            where !MergeVocabulary.stopWords.contains(token) && !names.contains(token) {
                names.append(token)
            }
        }
        return names
    }
}
