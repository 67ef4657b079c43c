import Testing
@testable import TimelineMerging

@Suite struct EventMergerTests {
    let sources = ["000", "001", "002", "003", "004"].map { Make.article($0) }

    @Test func compatibleDatesMeetInOneEntry() {
        let events = [
            Make.event("a", Make.month(2015, 9), "Russia began a military campaign in Syria",
                       actors: ["Russia", "Syria"], actions: ["campaign"], kind: .ongoing),
            Make.event("b", Make.year(2015), "Russia saved the government through its military intervention in Syria",
                       actors: ["Russia", "Syria"], actions: ["intervention"]),
            Make.event("c", Make.year(2015), "the military intervention of Russia in Syria",
                       actors: ["Russia", "Syria"], actions: ["intervention"]),
        ]
        let chronology = EventMerger.merge(events, sources: [])
        #expect(chronology.entries.count == 1)
        let entry = chronology.entries[0]
        #expect(entry.when.value == "2015-09")
        #expect(entry.citations.map(\.source) == ["a", "b", "c"])
        #expect(entry.conflicts.isEmpty)
        #expect(entry.kind == .occurred)
        #expect(entry.dateReason == "2 sources give 2015, 1 gives 2015-09; the most specific date the sources agree on")
    }

    @Test func differentWordingsOfOneDayMeet() {
        let events = [
            Make.event("001", Make.day("2024-07-23"), "Kremlin spokesperson Dmitry Peskov stated that Moscow is keen to see relations restored",
                       actors: ["Dmitry Peskov", "Moscow"], actions: ["stated"], kind: .statement, expression: "On July 23",
                       anchorKind: .none),
            Make.event("004", Make.day("2024-07-23"), "Peskov told reporters that Moscow wants relations between the two countries improved",
                       actors: ["Peskov"], actions: ["told"], kind: .statement, expression: "on Tuesday"),
        ]
        let chronology = EventMerger.merge(events, sources: sources)
        #expect(chronology.entries.count == 1)
        #expect(chronology.entries.first?.sources == ["001", "004"])
        #expect(chronology.entries.first?.dateReason == nil)
    }

    @Test func incompatibleCloseDatesBecomeAConflictNotTwoEntries() throws {
        let chronology = EventMerger.merge(Make.meetingReports, sources: sources)
        #expect(chronology.entries.count == 1)
        let entry = try #require(chronology.entries.first)
        #expect(entry.when.value == "2024-07-24")
        #expect(entry.citations.map(\.source) == ["002", "003", "004"])
        #expect(entry.conflicts.count == 1)
        let conflict = try #require(entry.conflicts.first)
        #expect(conflict.when.value == "2024-07-25")
        #expect(conflict.sources == ["000"])
        #expect(conflict.citations.map(\.quote) == [Make.meetingReports[0].citation.quote])
        #expect(entry.dateReason == "3 sources give 2024-07-24, 1 gives 2024-07-25; the date with more sources")
        #expect(entry.sources == ["002", "003", "004", "000"])
    }

    @Test func evenSplitPrefersTheWrittenOutDateAndSaysSo() throws {
        let events = [
            Make.event("a", Make.day("2024-07-22"), "Erdogan invited Assad to visit Turkey",
                       actors: ["Erdogan", "Assad"], actions: ["invited"], expression: "on Monday"),
            Make.event("b", Make.day("2024-07-20"), "Erdogan invited Assad to visit Turkey or a third country",
                       actors: ["Erdogan", "Assad"], actions: ["invited"], expression: "on July 20", anchorKind: .none),
        ]
        let entry = try #require(EventMerger.merge(events, sources: []).entries.first)
        #expect(entry.when.value == "2024-07-20")
        #expect(entry.conflicts.map(\.when.value) == ["2024-07-22"])
        #expect(entry.dateReason?.hasSuffix("the date written out rather than counted from a publication date") == true)
    }

    @Test func sameWordsAYearApartStaySeparate() {
        let events = [
            Make.event("a", Make.day("2023-03-15"), "Putin met Assad in the Kremlin", actors: ["Putin", "Assad"], actions: ["met"]),
            Make.event("b", Make.day("2024-03-15"), "Putin met Assad in the Kremlin", actors: ["Putin", "Assad"], actions: ["met"]),
            Make.event("c", Make.day("2024-03-30"), "Putin met Assad in the Kremlin", actors: ["Putin", "Assad"], actions: ["met"]),
        ]
        let entries = EventMerger.merge(events, sources: []).entries
        #expect(entries.map(\.when.value) == ["2023-03-15", "2024-03-15", "2024-03-30"])
        #expect(entries.allSatisfy { $0.conflicts.isEmpty })
    }

    @Test func differentEventsOnTheSameDayStaySeparate() {
        let events = [
            Make.event("a", Make.day("2024-07-24"), "Putin met Assad in the Kremlin", actors: ["Putin", "Assad"], actions: ["met"]),
            Make.event("b", Make.day("2024-07-24"), "Israeli strikes hit Syrian army positions near Damascus",
                       actors: ["Israel", "Damascus"], actions: ["strikes"]),
        ]
        #expect(EventMerger.merge(events, sources: []).entries.count == 2)
    }

    @Test func statementsAndPlansDoNotMergeWithWhatHappened() {
        let events = [
            Make.event("a", Make.month(2024, 8), "Erdogan would meet Assad in Moscow", actors: ["Erdogan", "Assad"],
                       actions: ["meet"], kind: .planned),
            Make.event("b", Make.day("2024-08-10"), "Erdogan met Assad in Moscow", actors: ["Erdogan", "Assad"], actions: ["met"]),
        ]
        let entries = EventMerger.merge(events, sources: []).entries
        #expect(entries.map(\.kind) == [.planned, .occurred])
    }

    @Test func undatedReportsCorroborateAnEntryFromAnotherSource() throws {
        let undated = Make.event("001", nil, "Putin held talks with Syrian counterpart Bashar al-Assad in Moscow",
                                 actors: ["Vladimir Putin", "Bashar al-Assad", "Moscow"], actions: ["held", "talks"], at: 120)
        let unrelated = Make.event("001", nil, "Turkey supports insurgent groups that oppose the government",
                                   actors: ["Turkey"], actions: ["supports"], at: 500)
        let older = Make.event("003", Make.month(2023, 3), "Putin and Assad met in March of last year",
                               actors: ["Putin", "Assad"], actions: ["met"], at: 900)
        let chronology = EventMerger.merge(Make.meetingReports + [undated, unrelated, older], sources: sources)
        #expect(chronology.entries.count == 2)
        let meeting = try #require(chronology.entries.last)
        #expect(meeting.citations.contains(undated.citation))
        #expect(meeting.citations.last == undated.citation)
        #expect(!chronology.entries.flatMap(\.citations).contains(unrelated.citation))
        #expect(chronology.entries.first?.citations == [older.citation])
    }

    @Test func undatedReportNeverCorroboratesItsOwnSource() {
        let dated = Make.event("a", Make.day("2024-07-24"), "Putin met Assad in the Kremlin", actors: ["Putin", "Assad"], actions: ["met"])
        let undated = Make.event("a", nil, "Putin met Assad in the Kremlin", actors: ["Putin", "Assad"], actions: ["met"], at: 50)
        #expect(EventMerger.merge([dated, undated], sources: []).entries.first?.citations == [dated.citation])
    }

    @Test func entriesSortCoarseBeforeFineAndStably() {
        let events = [
            Make.event("b", Make.day("2024-07-01"), "Parliament opened its session", actors: ["Parliament"], actions: ["opened"]),
            Make.event("a", Make.day("2024-07-01"), "Floods hit the northern region", actors: ["Bavaria"], actions: ["hit"]),
            Make.event("c", Make.month(2024, 7), "The heatwave peaked across Europe", actors: ["Europe"], actions: ["peaked"]),
            Make.event("d", Make.year(2024), "Elections were held in France", actors: ["France"], actions: ["elections"]),
            Make.event("e", Make.year(2023), "Talks collapsed in Geneva", actors: ["Geneva"], actions: ["collapsed"]),
        ]
        let entries = EventMerger.merge(events, sources: []).entries
        #expect(entries.map(\.when.value) == ["2023", "2024", "2024-07", "2024-07-01", "2024-07-01"])
        #expect(entries.suffix(2).map { $0.citations[0].source } == ["a", "b"])
    }

    @Test func outputDoesNotDependOnInputOrder() {
        let events = Make.meetingReports + [
            Make.event("001", Make.day("2024-07-23"), "Peskov stated that Moscow is keen on restored relations",
                       actors: ["Peskov"], actions: ["stated"], kind: .statement),
            Make.event("003", Make.year(2015), "Russia intervened militarily in Syria", actors: ["Russia"], actions: ["intervention"]),
        ]
        let expected = EventMerger.merge(events, sources: sources)
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<10 {
            let shuffled = events.shuffled(using: &generator)
            #expect(EventMerger.merge(shuffled, sources: sources.shuffled(using: &generator)) == expected)
        }
    }

    @Test func idsSurviveAnUnrelatedArticle() {
        let before = EventMerger.merge(Make.meetingReports, sources: sources)
        let unrelated = [
            Make.event("000a", Make.day("2024-07-24"), "A storm closed the port of Latakia", actors: ["Latakia"], actions: ["closed"]),
            Make.event("000a", Make.day("2024-07-20"), "Ships left the harbour", actors: ["Tartus"], actions: ["left"], at: 90),
        ]
        let after = EventMerger.merge(unrelated + Make.meetingReports, sources: sources + [Make.article("000a")])
        #expect(after.entries.count == before.entries.count + 2)
        for entry in before.entries {
            #expect(after.entries.first { $0.id == entry.id }?.citations == entry.citations)
        }
        #expect(Set(after.entries.map(\.id)).count == after.entries.count)
    }

    @Test func idsDoNotComeFromPositions() {
        let a = Make.event("a", Make.day("2024-07-01"), "Parliament opened its session", actors: ["Parliament"], actions: ["opened"])
        let b = Make.event("b", Make.day("2024-06-01"), "Floods hit the north", actors: ["Bavaria"], actions: ["hit"])
        let alone = EventMerger.merge([a], sources: []).entries[0].id
        let withEarlier = EventMerger.merge([a, b], sources: []).entries
        #expect(withEarlier.map(\.when.value) == ["2024-06-01", "2024-07-01"])
        #expect(withEarlier[1].id == alone)
        #expect(alone.hasPrefix("e") && alone.count == 13)
    }

    @Test func eventsWithoutIntervalsNeverBecomeEntries() {
        let past = TemporalValue(type: .date, value: "PAST_REF")
        let events = [Make.event("a", past, "Relations were bad", actors: ["Turkey"], actions: ["were"])]
        #expect(EventMerger.merge(events, sources: []).entries.isEmpty)
    }
}

/// A small deterministic random generator for shuffling in tests.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}
