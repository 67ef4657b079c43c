import TextAnalysis
import TemporalResolution

/// Turns an article and its time expressions into events: one per clause with a date, a statement
/// event for each dated reporting frame ("the Kremlin announced on Thursday"), and undated events for
/// clauses kept only to corroborate dated events of other sources.
public struct EventExtractor: Sendable {
    public init() {}

    /// Events of one article: every clause with a date, plus undated sentences kept as candidates to corroborate others.
    ///
    /// `mentions` are the article's time expressions with offsets in Unicode scalars of `article.text`
    /// (as `DateResolver.resolve(article.text, anchor: article.published)` gives them).
    public func events(in article: Article, mentions: [TemporalMention]) -> [Event] {
        let text = ArticleText(article.text)
        let sorted = mentions.filter { $0.start < $0.end }.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var events: [Event] = []
        var first = 0
        for (n, sentence) in text.sentences.enumerated() {
            while first < sorted.count, sorted[first].start < sentence.start { first += 1 }
            var inSentence: [TemporalMention] = []
            var k = first
            while k < sorted.count, sorted[k].start < sentence.end {
                if sorted[k].end <= sentence.end { inSentence.append(sorted[k]) }
                k += 1
            }
            guard sentence.kind != .dateline else { continue }
            let builder = SentenceEvents(article: article, text: text, sentence: sentence,
                                         tokenRange: text.sentenceTokens[n], mentions: inSentence)
            events.append(contentsOf: builder.events())
        }
        // A title repeated in the text gives the same undated event twice: keep the first.
        var seen = Set<String>()
        return events.filter { e in
            e.when != nil || seen.insert("\(e.kind.rawValue)|\(e.summary)").inserted
        }
    }
}

extension EventExtractor {
    /// Events of one article, with its time expressions found by `resolver` against the publication date.
    public func events(in article: Article, resolver: DateResolver) -> [Event] {
        events(in: article, mentions: resolver.resolve(article.text, anchor: article.published))
    }
}
