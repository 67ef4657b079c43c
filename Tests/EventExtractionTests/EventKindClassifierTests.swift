import Testing
@testable import EventExtraction

@Suite struct EventKindClassifierTests {
    /// The kind of the single dated event of `text`.
    static func kind(_ text: String, _ mentions: String, published: String = "2024-03-14") -> EventKind? {
        TestSupport.events(text, mentions: mentions, published: published).first { $0.when != nil }?.kind
    }

    @Test func mayIsAPlanOnlyInLowerCase() {
        #expect(Self.kind("The ministry may close the border on Friday.", "Friday=2024-03-08") == .planned)
        #expect(Self.kind("The ministry closed the border in May 2023.", "May 2023=2023-05") == .occurred)
    }

    @Test func aDateAfterPublicationIsAPlanWhateverTheVerb() {
        #expect(Self.kind("The summit opens in Rome on Monday.", "Monday=2024-03-18") == .planned)
        #expect(Self.kind("The summit opened in Rome on Monday.", "Monday=2024-03-11") == .occurred)
    }

    @Test func denialBeatsPlanAndOngoing() {
        #expect(Self.kind("The ministry denied on Monday that it would close the border.", "Monday=2024-03-11") == .denied)
    }

    @Test func sinceWithoutFirstIsOngoing() {
        #expect(Self.kind("The border has been closed since May 2023.", "May 2023=2023-05") == .ongoing)
        #expect(Self.kind("It was the first border closure since May 2023.", "May 2023=2023-05") == .occurred)
    }

    @Test func resolverSignalCountsAsSince() throws {
        let text = "The border has been closed from May 2023."
        let article = try #require(TestSupport.article(text))
        var mention = try #require(TestSupport.mention("May 2023", "2023-05", in: text, anchor: article.published))
        mention.signal = .since
        let events = EventExtractor().events(in: article, mentions: [mention])
        #expect(events.first { $0.when != nil }?.kind == .ongoing)
    }
}
