import Testing
@testable import TimelineMerging

@Suite struct ContextAndStatementTests {
    /// Two statements by Peskov, the context the third statement of each test below reads against.
    static let peskovStatements = [
        Make.event("001", Make.day("2024-07-23"), "Kremlin spokesperson Dmitry Peskov stated that Moscow wants relations restored",
                   actors: ["Kremlin", "Dmitry Peskov", "Moscow"], actions: ["state", "relation"], kind: .statement, at: 100),
        Make.event("004", Make.month(2024, 8), "Peskov said contacts between the two sides are on the agenda",
                   actors: ["Peskov", "Erdogan"], actions: ["say", "contact"], kind: .statement, at: 100),
    ]

    @Test func pronounBorrowsTheSpeakerOfTheSentenceBefore() {
        let events = Self.peskovStatements + [
            Make.event("004", Make.day("2024-07-23"), "Many countries are interested in helping, he told reporters",
                       actors: ["Russia"], actions: ["tell", "country", "help"], kind: .statement, at: 400),
        ]
        let entries = EventMerger.merge(events, sources: []).entries
        let tuesday = entries.first { $0.when.value == "2024-07-23" }
        #expect(tuesday?.sources == ["001", "004"])
        #expect(entries.count == 2)
    }

    @Test func withoutThePronounTheStatementsStayApart() {
        let events = Self.peskovStatements + [
            Make.event("004", Make.day("2024-07-23"), "Many countries are interested in helping, Lavrov told reporters",
                       actors: ["Lavrov"], actions: ["tell", "country", "help"], kind: .statement, at: 400),
        ]
        #expect(EventMerger.merge(events, sources: []).entries.count == 3)
    }

    @Test func theMeetingBorrowsTheActorsOfTheMeetingNamedBefore() {
        let events = [
            Make.event("003", nil, "Vladimir Putin met his Syrian counterpart Bashar al-Assad in Moscow",
                       actors: ["Vladimir Putin", "Bashar al-Assad", "Moscow"], actions: ["meet"], at: 150),
            Make.event("003", Make.day("2024-07-24"), "The meeting, held late Wednesday, comes as Russia seeks to mediate",
                       actors: ["Russia", "Turkey"], actions: ["meet", "hold", "mediate"], at: 359),
            Make.event("002", Make.day("2024-07-24"), "Vladimir Putin met Bashar al-Assad in the Kremlin on Wednesday",
                       actors: ["Vladimir Putin", "Bashar al-Assad", "Kremlin"], actions: ["meet"], at: 0),
        ]
        let entries = EventMerger.merge(events, sources: []).entries
        #expect(entries.count == 1)
        #expect(entries.first?.sources == ["002", "003"])
    }

    @Test func oneSharedPlaceIsNotEnough() {
        let events = [
            Make.event("a", Make.year(2011), "The two nations severed ties amid a crackdown in Syria",
                       actors: ["Syria"], actions: ["sever", "tie", "crackdown"]),
            Make.event("b", Make.year(2011), "The Arab Spring uprisings plunged Syria into conflict",
                       actors: ["Arab Spring", "Syria"], actions: ["plunge", "uprising", "conflict"]),
        ]
        #expect(EventMerger.merge(events, sources: []).entries.count == 2)
    }

    @Test func anUndatedReportThatBestFitsItsOwnArticlesEntryGoesNowhereElse() {
        let events = [
            Make.event("a", Make.day("2024-07-24"), "Putin met Assad in the Kremlin on Wednesday",
                       actors: ["Putin", "Assad", "Kremlin"], actions: ["meet"]),
            Make.event("b", Make.month(2023, 3), "Putin and Assad previously met in March 2023 in Moscow",
                       actors: ["Putin", "Assad", "Moscow"], actions: ["meet"]),
            Make.event("a", nil, "Putin met Assad in the Kremlin", actors: ["Putin", "Assad", "Kremlin"], actions: ["meet"], at: 300),
        ]
        let entries = EventMerger.merge(events, sources: [Make.article("a"), Make.article("b")]).entries
        #expect(entries.map(\.citations.count) == [1, 1])
    }

    @Test func anUndatedReportPrefersTheRecentEntryWhenItFitsBothAlike() {
        let events = [
            Make.event("a", Make.day("2024-07-24"), "Putin met Assad on Wednesday", actors: ["Putin", "Assad"], actions: ["meet"]),
            Make.event("b", Make.month(2023, 3), "Putin met Assad in March 2023", actors: ["Putin", "Assad"], actions: ["meet"]),
            Make.event("c", nil, "Putin met Assad", actors: ["Putin", "Assad"], actions: ["meet"]),
        ]
        let entries = EventMerger.merge(events, sources: ["a", "b", "c"].map { Make.article($0) }).entries
        #expect(entries.map(\.sources) == [["b"], ["a", "c"]])
    }

    @Test func tallyCountsOneDayOnceWhateverItsModifier() throws {
        var late = Make.day("2024-07-24")
        late.mod = .end
        let events = [
            Make.event("a", late, "Putin met Assad in the Kremlin late Wednesday", actors: ["Putin", "Assad"], actions: ["meet"]),
            Make.event("b", Make.day("2024-07-24"), "Putin met Assad in the Kremlin on Wednesday", actors: ["Putin", "Assad"], actions: ["meet"]),
            Make.event("c", Make.day("2024-07-25"), "Putin met Assad in the Kremlin on Thursday", actors: ["Putin", "Assad"], actions: ["meet"]),
        ]
        let entry = try #require(EventMerger.merge(events, sources: []).entries.first)
        #expect(entry.when == Make.day("2024-07-24"))
        #expect(entry.dateReason == "2 sources give 2024-07-24, 1 gives 2024-07-25; the date with more sources")
    }
}
