import Foundation
import Testing
@testable import TimelineModel

@Suite struct DayIntervalTests {
    let july = DayInterval(start: CalendarDate(year: 2024, month: 7, day: 1)!, end: CalendarDate(year: 2024, month: 7, day: 31)!)!
    let day = DayInterval(day: CalendarDate(year: 2024, month: 7, day: 24)!)

    @Test func rejectsBackwardIntervals() {
        #expect(DayInterval(start: CalendarDate(year: 2024, month: 7, day: 2)!, end: CalendarDate(year: 2024, month: 7, day: 1)!) == nil)
    }

    @Test func containmentAndOverlap() {
        #expect(july.dayCount == 31)
        #expect(july.contains(day))
        #expect(!day.contains(july))
        #expect(day.overlaps(july) && july.overlaps(day))
        let august = DayInterval(start: CalendarDate(year: 2024, month: 8, day: 1)!, end: CalendarDate(year: 2024, month: 8, day: 31)!)!
        #expect(!july.overlaps(august))
        #expect(july.contains(CalendarDate(year: 2024, month: 7, day: 31)!))
        #expect(!july.contains(CalendarDate(year: 2024, month: 8, day: 1)!))
    }
}

@Suite struct ModelTests {
    @Test func granularitiesSortCoarseToFine() {
        #expect(Granularity.allCases.sorted() == Granularity.allCases)
        #expect(Granularity.year < .month && .month < .week && .week < .day && .day < .time)
    }

    @Test func calendarNamesReadAbbreviationsAndCase() {
        #expect(CalendarNames.month("Sept.") == 9)
        #expect(CalendarNames.month("JULY") == 7)
        #expect(CalendarNames.month("Mayday") == nil)
        #expect(CalendarNames.weekday("Thurs") == 4)
        #expect(CalendarNames.weekday("sun.") == 7)
    }

    @Test func outletsIncludeDuplicatesOnce() throws {
        let article = Article(id: "a", outlet: "AFP", published: try #require(CalendarDate(iso: "2024-07-25")),
                              duplicates: [DuplicateCopy(id: "b", outlet: "France 24"), DuplicateCopy(id: "c", outlet: "AFP"), DuplicateCopy(id: "d")],
                              text: "x")
        #expect(article.outlets == ["AFP", "France 24"])
    }

    @Test func datesEncodeAsIsoStrings() throws {
        let date = try #require(CalendarDate(iso: "2024-07-05"))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2024-07-05\"]")
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [date])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data("[\"2024-02-30\"]".utf8)) }
    }

    @Test func entrySourcesListEachArticleOnceInCitationOrder() throws {
        let value = TemporalValue(type: .date, value: "2024-07-24", granularity: .day)
        let cite = { (source: String) in Citation(source: source, quote: "q", start: 0, end: 1) }
        let entry = ChronologyEntry(id: "e", when: value, summary: "s", kind: .occurred,
                                    citations: [cite("b"), cite("a"), cite("b")],
                                    conflicts: [Conflict(when: value, sources: ["c"], citations: [cite("c"), cite("a")])])
        #expect(entry.sources == ["b", "a", "c"])
    }
}
