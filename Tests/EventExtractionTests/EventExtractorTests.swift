import Testing
@testable import EventExtraction

@Suite struct EventExtractorTests {
    @Test func citationsPointAtTheSentenceAndTheExpression() throws {
        let text = "Markets were calm. The central bank raised rates on Monday, officials said."
        let events = TestSupport.events(text, mentions: "Monday=2024-03-11")
        let event = try #require(events.first { $0.when != nil })
        #expect(event.when?.value == "2024-03-11")
        #expect(event.citation.source == "a1")
        #expect(event.citation.quote == "The central bank raised rates on Monday, officials said.")
        #expect(event.citation.start == 19)
        #expect(event.citation.end == Array(text.unicodeScalars).count)
        #expect(event.citation.expression == "Monday")
        #expect(event.citation.resolvedFrom?.rule == "test")
        #expect(event.citation.resolvedFrom?.anchorKind == .publication)
        #expect(event.citation.resolvedFrom?.anchor == TestSupport.date("2024-03-14"))
    }

    @Test func statementSummaryDropsTheReportDateAndKeepsWhatWasSaid() throws {
        let events = TestSupport.events("Rebels seized the airport, a military spokesman announced on Monday.", mentions: "Monday=2024-03-11")
        let statement = try #require(events.first { $0.kind == .statement })
        #expect(statement.summary == "Rebels seized the airport, a military spokesman announced.")
        let reported = try #require(events.first { $0.when == nil })
        #expect(reported.summary == "Rebels seized the airport.")
        #expect(reported.actionWords.contains("seize"))
    }

    @Test func openingDateAdverbialLeavesTheSummary() throws {
        let events = TestSupport.events("On Monday, the central bank raised interest rates.", mentions: "Monday=2024-03-11")
        #expect(try #require(events.first).summary == "The central bank raised interest rates.")
    }

    @Test func undatedSentencesAreKeptOnlyWithActorsAndActions() {
        let events = TestSupport.events("The weather was fine. Putin met Assad. Assad thanked Putin in Moscow.", mentions: "")
        #expect(events.allSatisfy { $0.when == nil })
        #expect(events.map(\.summary) == ["Putin met Assad.", "Assad thanked Putin in Moscow."])
        #expect(events.last?.actors == ["Assad", "Putin", "Moscow"])
    }

    @Test func relativeDatesInsideQuotationsDateNothing() {
        let text = "\"Our meeting today was useful,\" the envoy told Erdogan in Ankara."
        let events = TestSupport.events(text, mentions: "today=2024-03-14")
        #expect(events.allSatisfy { $0.when == nil })
        let absolute = TestSupport.events("\"We met in March 2023,\" the envoy told Erdogan in Ankara.", mentions: "March 2023=2023-03")
        #expect(absolute.contains { $0.when?.value == "2023-03" })
    }

    @Test func datelinesAndBareDateLinesMakeNoEvents() {
        let text = "MOSCOW, July 25 (Reuters) - The talks ended.\n\nJuly 25, 2024\n\nThe envoys left Moscow on Friday."
        let events = TestSupport.events(text, mentions: "July 25=2024-07-25 ; July 25, 2024=2024-07-25 ; Friday=2024-07-19", published: "2024-07-25")
        #expect(events.filter { $0.when != nil }.map(\.summary) == ["The envoys left Moscow on Friday."])
    }

    @Test func previousOccurrenceGetsItsOwnEvent() throws {
        let text = "It was the first time Putin and Assad met since March of last year."
        let events = TestSupport.events(text, mentions: "March of last year=2023-03")
        let previous = try #require(events.first { $0.when != nil })
        #expect(previous.when?.value == "2023-03")
        #expect(previous.kind == .occurred)
        #expect(previous.summary == "Putin and Assad met.", "the date heads the entry; no \"(previous time)\" tag")
        #expect(previous.actors == ["Putin", "Assad"])
        #expect(events.contains { $0.when == nil && $0.actionWords.contains("meet") })
    }

    @Test func repeatedTitlesGiveOneUndatedEvent() {
        let text = "Putin meets Assad in Moscow\n\nPutin meets Assad in Moscow\n\nPutin welcomed Assad in Moscow."
        let events = TestSupport.events(text, mentions: "")
        #expect(events.filter { $0.summary == "Putin meets Assad in Moscow." }.count == 1)
    }

    @Test func strangeInputGivesEventsOrNothingButNeverCrashes() {
        let texts = ["", " ", ".", "\u{201C}", "— which —", ", and , but ;", "said said said", "Since since since",
                     "MOSCOW —", "the first since", "\n\n#\n", "A, which, who, - which -"]
        for text in texts {
            _ = TestSupport.events(text, mentions: "")
        }
        guard let article = TestSupport.article("Putin met Assad on Monday.") else { Issue.record("bad date"); return }
        let value = TestSupport.value("2024-03-11")
        let broken = [
            TemporalMention(text: "x", start: 500, end: 510, value: value, rule: "r", anchor: article.published, anchorKind: .none),
            TemporalMention(text: "x", start: 5, end: 2, value: value, rule: "r", anchor: article.published, anchorKind: .none),
            TemporalMention(text: "x", start: -4, end: 3, value: value, rule: "r", anchor: article.published, anchorKind: .none),
            TemporalMention(text: "Monday", start: 19, end: 25, value: value, rule: "r", anchor: article.published, anchorKind: .none),
            TemporalMention(text: "Monday", start: 19, end: 25, value: value, rule: "r", anchor: article.published, anchorKind: .none),
        ]
        let events = EventExtractor().events(in: article, mentions: broken)
        #expect(events.filter { $0.when != nil }.count == 1)
    }
}
