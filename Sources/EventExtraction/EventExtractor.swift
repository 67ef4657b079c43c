import TextAnalysis
import TemporalResolution

/// Turns an article and its time expressions into events: one per clause with a date, a statement
/// event for each dated reporting frame ("the Kremlin announced on Thursday"), and undated events for
/// clauses kept only to corroborate dated events of other sources.
///
/// The steps, in order, each in its own file:
/// 1. `ArticleText`: sentences (`SentenceSplitter`), tokens (`Tokenizer`) and the names the article
///    capitalizes mid-sentence, once per article. Datelines make no events.
/// 2. `ClauseSplitter`: clauses at ";", ", but", ", while", relative clauses (", which", "— who ... —").
/// 3. `DatePlace`: each time expression placed in its clause with its role: dates the event, starts an
///    ongoing state ("since 2015"), dates an earlier occurrence ("the first meeting since March 2023"),
///    or nothing (durations, sets, `*_REF`, relative dates inside quotations).
/// 4. `ReportingFrame`: "X said (on Tuesday) that", "..., the Kremlin announced on Thursday",
///    "according to": a date inside the frame dates a statement; the reported content keeps its own date
///    or none. A denial frame makes one `.denied` event with what it denies.
/// 5. `ClauseUnit`: summary (`Summary`), actors (`ActorFinder`), action words (`ActionWords`), kind
///    (`EventKindClassifier`) and citation for each event.
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
