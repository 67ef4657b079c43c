import Testing
@testable import TimelineModel

@Suite struct CalendarDateTests {
    @Test func rejectsDaysThatDoNotExist() {
        #expect(CalendarDate(year: 2024, month: 2, day: 30) == nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2024, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(iso: "2024-02-30") == nil)
        #expect(CalendarDate(iso: "2024-7-25") == nil)
        #expect(CalendarDate(iso: "99999-01-01") == nil)
        #expect(CalendarDate(iso: "2024-07-25")?.iso == "2024-07-25")
    }

    @Test func dayNumbersRoundTripOverCenturies() throws {
        var day = try #require(CalendarDate(year: 1, month: 1, day: 1))
        #expect(day.dayNumber == 0)
        #expect(day.weekday == 1)
        // Walk every day from 1899 to 2101 and check the successor is the next day number.
        day = try #require(CalendarDate(year: 1899, month: 12, day: 31))
        var n = day.dayNumber
        while day.year < 2101 {
            let next = try #require(day.adding(days: 1))
            n += 1
            #expect(next.dayNumber == n)
            #expect(CalendarDate(dayNumber: n) == next)
            #expect(next > day)
            day = next
        }
        #expect(CalendarDate(dayNumber: -1) == nil)
        #expect(CalendarDate(year: 9999, month: 12, day: 31)?.adding(days: 1) == nil)
    }

    @Test(arguments: [
        ("2024-07-25", 4), ("2013-02-12", 2), ("2000-01-01", 6), ("1970-01-01", 4), ("2024-02-29", 4), ("1998-01-08", 4),
    ])
    func weekdays(iso: String, weekday: Int) throws {
        #expect(try #require(CalendarDate(iso: iso)).weekday == weekday)
    }

    @Test(arguments: [
        ("2013-02-12", 2013, 7), ("2021-01-03", 2020, 53), ("2021-01-04", 2021, 1), ("2024-12-30", 2025, 1),
        ("2008-12-29", 2009, 1), ("2010-01-03", 2009, 53), ("2024-07-25", 2024, 30),
    ])
    func isoWeeks(iso: String, year: Int, week: Int) throws {
        let w = try #require(CalendarDate(iso: iso)).isoWeek
        #expect(w.year == year && w.week == week)
    }

    @Test func mondaysOfIsoWeeks() {
        #expect(CalendarDate.mondayOf(isoYear: 2020, week: 53)?.iso == "2020-12-28")
        #expect(CalendarDate.mondayOf(isoYear: 2021, week: 53) == nil)
        #expect(CalendarDate.mondayOf(isoYear: 2013, week: 7)?.iso == "2013-02-11")
    }

    @Test func monthArithmeticClampsTheDay() {
        let jan31 = CalendarDate(year: 2024, month: 1, day: 31)
        #expect(jan31?.adding(months: 1)?.iso == "2024-02-29")
        #expect(jan31?.adding(months: -2)?.iso == "2023-11-30")
        #expect(jan31?.adding(months: 12)?.iso == "2025-01-31")
    }
}
