/// How a holiday's date is found in a given year.
enum HolidayDate: Hashable, Sendable {
    case fixed(month: Int, day: Int)
    /// Days from Western Easter Sunday (Good Friday is -2).
    case easter(offset: Int)
    /// The `n`th given weekday of a month; -1 for the last.
    case nthWeekday(month: Int, weekday: Int, n: Int)
    /// The first given weekday on or after a day: US Election Day is the first Tuesday on or after November 2
    /// ("the Tuesday after the first Monday").
    case weekdayOnOrAfter(month: Int, day: Int, weekday: Int)

    func date(in year: Int) -> CalendarDate? {
        switch self {
        case .fixed(let m, let d):
            return CalendarDate(year: year, month: m, day: d)
        case .easter(let offset):
            return HolidayDate.easterSunday(year)?.adding(days: offset)
        case .nthWeekday(let m, let weekday, let n):
            if n > 0 {
                guard let first = CalendarDate(year: year, month: m, day: 1) else { return nil }
                let delta = (weekday - first.weekday + 7) % 7
                return first.adding(days: delta + (n - 1) * 7)
            }
            guard let last = CalendarDate.lastDay(year: year, month: m) else { return nil }
            return last.adding(days: -((last.weekday - weekday + 7) % 7))
        case .weekdayOnOrAfter(let m, let d, let weekday):
            guard let first = CalendarDate(year: year, month: m, day: d) else { return nil }
            return first.adding(days: (weekday - first.weekday + 7) % 7)
        }
    }

    /// Western Easter Sunday (the anonymous Gregorian computus).
    static func easterSunday(_ year: Int) -> CalendarDate? {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }
}

/// Holidays by name (as token patterns) and date.
enum Holidays {
    /// Each holiday's id, names (as patterns), how its date is found, and its date in 2012 (a fact, for the examples).
    static let table: [(id: String, names: [String], date: HolidayDate, in2012: String)] = [
        ("christmas-eve", ["christmas eve"], .fixed(month: 12, day: 24), "2012-12-24"),
        ("christmas", ["christmas day", "christmas", "xmas"], .fixed(month: 12, day: 25), "2012-12-25"),
        ("boxing-day", ["boxing day"], .fixed(month: 12, day: 26), "2012-12-26"),
        ("new-years-eve", ["new year's eve", "new year 's eve", "new years eve"], .fixed(month: 12, day: 31), "2012-12-31"),
        ("new-years-day", ["new year's day", "new years day", "new year 's day"], .fixed(month: 1, day: 1), "2012-01-01"),
        ("valentines-day", ["valentine's day", "valentines day", "st. valentine's day"], .fixed(month: 2, day: 14), "2012-02-14"),
        ("st-patricks-day", ["st. patrick's day", "saint patrick's day", "st patrick's day"], .fixed(month: 3, day: 17), "2012-03-17"),
        ("independence-day", ["independence day", "the fourth of july", "fourth of july", "july fourth"], .fixed(month: 7, day: 4), "2012-07-04"),
        ("halloween", ["halloween"], .fixed(month: 10, day: 31), "2012-10-31"),
        ("veterans-day", ["veterans day", "armistice day", "remembrance day"], .fixed(month: 11, day: 11), "2012-11-11"),
        ("good-friday", ["good friday"], .easter(offset: -2), "2012-04-06"),
        ("easter", ["easter sunday", "easter"], .easter(offset: 0), "2012-04-08"),
        ("easter-monday", ["easter monday"], .easter(offset: 1), "2012-04-09"),
        ("thanksgiving", ["thanksgiving day", "thanksgiving"], .nthWeekday(month: 11, weekday: 4, n: 4), "2012-11-22"),
        ("memorial-day", ["memorial day"], .nthWeekday(month: 5, weekday: 1, n: -1), "2012-05-28"),
        ("labor-day", ["labor day"], .nthWeekday(month: 9, weekday: 1, n: 1), "2012-09-03"),
        ("martin-luther-king-day", ["martin luther king day", "martin luther king jr. day", "martin luther king , jr. day", "mlk day"],
         .nthWeekday(month: 1, weekday: 1, n: 3), "2012-01-16"),
        ("presidents-day", ["presidents' day", "presidents day", "president 's day", "presidents ' day"],
         .nthWeekday(month: 2, weekday: 1, n: 3), "2012-02-20"),
        ("columbus-day", ["columbus day"], .nthWeekday(month: 10, weekday: 1, n: 2), "2012-10-08"),
        ("mothers-day", ["mother's day", "mother 's day", "mothers day"], .nthWeekday(month: 5, weekday: 7, n: 2), "2012-05-13"),
        ("fathers-day", ["father's day", "father 's day", "fathers day"], .nthWeekday(month: 6, weekday: 7, n: 3), "2012-06-17"),
        ("election-day", ["election day"], .weekdayOnOrAfter(month: 11, day: 2, weekday: 2), "2012-11-06"),
    ]
}
