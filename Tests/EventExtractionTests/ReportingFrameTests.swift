import Testing
@testable import EventExtraction

@Suite struct ReportingFrameTests {
    /// The frames of the first sentence's first clause as text, with "<" for content before and ">" after.
    static func frames(_ text: String) -> [String] {
        let article = ArticleText(text)
        guard let range = article.sentenceTokens.first,
              let clause = ClauseSplitter.clauses(of: range, in: article).first else { return [] }
        return ReportingFrame.frames(in: clause, article: article, mentionEnds: [:]).map { f in
            let words = f.range.map { clause.tokens[$0] }.filter(article.isWord).map { article.tokens[$0].lower }
            return (f.content == .before ? "< " : "> ") + words.joined(separator: " ") + (f.isDenial ? " !" : "")
        }
    }

    @Test func trailingFrames() {
        #expect(Self.frames("Rebels took the town, the army said.") == ["< the army said"])
        #expect(Self.frames("Rebels took the town, the army has said.") == ["< the army has said"])
        #expect(Self.frames("\"We won,\" the general told reporters.") == ["< the general told reporters"])
        #expect(Self.frames("Rebels took the town, said a spokesman for the army.") == ["< said a spokesman for the army"])
        #expect(Self.frames("Rebels took the town, according to witnesses.") == ["< according to witnesses"])
    }

    @Test func leadingFrames() {
        #expect(Self.frames("The army said that rebels took the town.") == ["> the army said that"])
        #expect(Self.frames("The army said rebels took the town.") == ["> the army said"])
        #expect(Self.frames("In a statement, the army said rebels took the town.") == ["> in a statement the army said"])
        #expect(Self.frames("According to witnesses, rebels took the town.") == ["> according to witnesses"])
        #expect(Self.frames("The mayor told residents that the water was safe.") == ["> the mayor told residents that"])
    }

    @Test func denials() {
        #expect(Self.frames("The ministry denied that troops crossed the border.") == ["> the ministry denied that !"])
        #expect(Self.frames("Officials rejected the report as false.") == ["> officials rejected !"])
        #expect(Self.frames("Officials rejected the offer.") == [])
    }

    @Test func verbsWithPlainObjectsAreNotFrames() {
        #expect(Self.frames("Putin told Assad of his concern about the region.") == [])
        #expect(Self.frames("The president told Assad.") == [])
        #expect(Self.frames("The Islamic State group claimed the attack.") == [])
        #expect(Self.frames("Officials confirmed the visit of the envoy.") == [])
    }

    @Test func nounsThatLookLikeVerbsAreNotFrames() {
        #expect(Self.frames("State media showed the meeting.") == [])
        #expect(Self.frames("The reports were false.") == [])
    }
}
