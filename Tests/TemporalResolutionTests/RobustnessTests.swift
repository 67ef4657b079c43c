import Foundation
import Testing
import TemporalResolution

/// Strange input yields a result or nothing, never a crash; impossible dates are never values.
@Suite struct RobustnessTests {
    let anchor = CalendarDate(year: 2013, month: 2, day: 12)!

    @Test func randomBytes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let bytes = (0..<2000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let text = String(decoding: bytes, as: UTF8.self)
            let mentions = DateResolver().resolve(text, anchor: anchor)
            let count = text.unicodeScalars.count
            #expect(mentions.allSatisfy { $0.start >= 0 && $0.start < $0.end && $0.end <= count })
        }
    }

    @Test func oneMegabyteWithoutASpace() {
        let text = String(repeating: "x", count: 1_000_000)
        #expect(DateResolver().resolve(text, anchor: anchor).isEmpty)
        let digits = String(repeating: "7", count: 1_000_000)
        #expect(DateResolver().resolve(digits, anchor: anchor).isEmpty)
    }

    @Test func unbalancedQuotesAndMarkup() {
        let text = "\"He said ''on Friday ' <b>last week</b \" ((( [ March 3, 2012 «« »"
        let values = DateResolver().resolve(text, anchor: anchor).map(\.value.value)
        #expect(values == ["2013-02-08", "2013-W06", "2012-03-03"])
    }

    @Test func impossibleDatesAreNeverValues() {
        for text in ["February 30", "February 30, 2013", "February 29, 2013", "2013-02-30", "31/04/2013", "year 99999", "June 31", "99999"] {
            let mentions = DateResolver().resolve(text, anchor: anchor)
            #expect(mentions.isEmpty, "\(text): \(mentions.map(\.value.value))")
        }
        #expect(DateResolver().resolve("February 29, 2012", anchor: anchor).map(\.value.value) == ["2012-02-29"])
    }

    @Test func anchorsAtTheEdgesOfTheCalendar() throws {
        let first = try #require(CalendarDate(year: 1, month: 1, day: 1))
        let last = try #require(CalendarDate(year: 9999, month: 12, day: 31))
        let text = "yesterday, tomorrow, last week, next year, ten centuries ago, in 2000 years, the following day, last Friday"
        for anchor in [first, last] {
            let mentions = DateResolver().resolve(text, anchor: anchor)
            for m in mentions where m.value.interval != nil {
                #expect(m.value.interval.map { $0.start.year >= 1 && $0.end.year <= 9999 } == true)
            }
        }
    }

    @Test func hugeCountsAreIgnored() {
        let mentions = DateResolver().resolve("999999999 days ago and 123456789012 years", anchor: anchor)
        #expect(mentions.allSatisfy { ($0.value.interval?.start.year ?? 1) >= 1 })
    }
}
