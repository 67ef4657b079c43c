import Testing
import TemporalResolution

/// Runs the phrase corpora under Corpus/: every phrase must yield exactly the expected values.
@Suite struct CorpusTests {
    static let cases = CorpusFile.positiveFiles().flatMap(CorpusFile.cases(in:))

    @Test func corpusIsLargeAndCoversManyAnchors() {
        #expect(Self.cases.count >= 400)
        let anchors = Set(Self.cases.map(\.anchor))
        #expect(anchors.count >= 8)
        #expect(Set(anchors.map(\.weekday)).count == 7)
        #expect(anchors.contains { $0.month == 2 && $0.day == 29 })
        #expect(anchors.contains { $0.month == 12 && $0.day == 31 })
        #expect(CorpusFile.negativePhrases().count >= 50)
    }

    @Test(arguments: CorpusTests.cases)
    func phrase(_ c: CorpusCase) {
        let mentions = DateResolver(options: c.options).resolve(c.phrase, anchor: c.anchor)
        let found = zip(mentions, c.expected).map { m, e in CorpusFile.notation(m, withMod: e.contains("@")) }
        #expect(mentions.count == c.expected.count && found == c.expected,
                "\(c): expected \(c.expected.joined(separator: " ; ")), found \(mentions.map { CorpusFile.notation($0, withMod: true) + " '\($0.text)' (\($0.rule))" })")
    }

    @Test(arguments: CorpusFile.negativePhrases())
    func negative(_ phrase: String) throws {
        let anchor = try #require(CalendarDate(iso: "2013-02-12"))
        let mentions = DateResolver().resolve(phrase, anchor: anchor)
        #expect(mentions.isEmpty, "\"\(phrase)\" yielded \(mentions.map { "'\($0.text)' \($0.value.value) (\($0.rule))" })")
    }
}
