import TimelineModel

/// What the merge compares in an event, normalized once: actor name tokens, action concepts and
/// content words.
struct EventFeatures {
    let actors: Set<String>
    let actions: Set<String>
    let words: Set<String>

    init(_ event: Event) {
        var actors = Set(event.actors.flatMap(WordNormalizer.actorTokens))
        if actors.isEmpty { actors = Self.capitalizedNames(in: event.summary) }
        self.actors = actors
        actions = Set(event.actionWords.map(WordNormalizer.concept))
        words = WordNormalizer.contentWords(event.summary)
            .union(WordNormalizer.contentWords(event.citation.quote))
            .union(event.actionWords.map { WordNormalizer.base($0.lowercased()) })
    }

    /// Fallback when the extractor named no actors: capitalized words after the first word of the
    /// summary ("... met Assad in Moscow" gives assad, moscow), without titles and calendar names.
    static func capitalizedNames(in text: String) -> Set<String> {
        var names = Set<String>()
        var first = true
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            defer { first = false }
            guard !first, let initial = word.first, initial.isUppercase else { continue }
            for token in WordNormalizer.actorTokens(String(word))
            where !MergeVocabulary.stopWords.contains(token) {
                names.insert(token)
            }
        }
        return names
    }
}
