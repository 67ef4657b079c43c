import Testing
@testable import TimelineMerging

/// Events whose sentences name no one ("Heavy rain flooded the valley").
@Suite struct UnnamedActorTests {
    let sources = [Make.article("a"), Make.article("b")]

    @Test func sameDateAndWordingMergeWithoutNames() {
        let events = [
            Make.event("a", Make.day("2025-03-12"), "heavy rain flooded the valley", actors: [], actions: ["rain", "flood", "valley"]),
            Make.event("b", Make.day("2025-03-12"), "rain flooded the valley overnight", actors: [], actions: ["rain", "flood", "valley"]),
        ]
        let chronology = EventMerger.merge(events, sources: sources)
        #expect(chronology.entries.count == 1)
        #expect(chronology.entries.first?.sources == ["a", "b"])
    }

    @Test func differentHappeningsStaySeparate() {
        let events = [
            Make.event("a", Make.day("2025-03-12"), "heavy rain flooded the valley", actors: [], actions: ["rain", "flood", "valley"]),
            Make.event("b", Make.day("2025-03-12"), "share prices fell sharply in early trading", actors: [], actions: ["share", "price", "fall"]),
        ]
        #expect(EventMerger.merge(events, sources: sources).entries.count == 2)
    }

    @Test func withoutNamesDifferingDatesAreNotAConflict() {
        let events = [
            Make.event("a", Make.day("2025-03-12"), "heavy rain flooded the valley", actors: [], actions: ["rain", "flood", "valley"]),
            Make.event("b", Make.day("2025-03-13"), "heavy rain flooded the valley", actors: [], actions: ["rain", "flood", "valley"]),
        ]
        let chronology = EventMerger.merge(events, sources: sources)
        #expect(chronology.entries.count == 2)
        #expect(chronology.entries.allSatisfy { $0.conflicts.isEmpty })
    }
}
