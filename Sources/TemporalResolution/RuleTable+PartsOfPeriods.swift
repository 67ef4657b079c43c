extension RuleTable {
    /// Quarters, halves, weeks of a month: "the third quarter", "the first half of 2012", "the first week of March".
    /// (Early / mid / late and the beginning / end of are modifiers, see `ModifierTable`.)
    static let partsOfPeriods: [Rule] = [
        Rule("quarter-of-year", "the? {ordinal} quarter of {year}", .quarter(.tense),
             [("the third quarter of 2012", "2013-02-12", "2012-Q3")]),
        Rule("year-quarter", "the? {year} {ordinal} quarter", .quarter(.tense), [("the 1988 third quarter", "1989-11-02", "1988-Q3")]),
        Rule("year-quarter", "the? {year} {ordinal}-quarter", .quarter(.tense), [("1988 third-quarter", "1989-11-02", "1988-Q3")]),
        Rule("relative-year-quarter", "this year 's {ordinal} quarter|-quarter", .quarter(.current), [("this year's third quarter", "1989-11-02", "1989-Q3")]),
        Rule("relative-year-quarter", "last year 's {ordinal} quarter|-quarter", .quarterOfRelativeYear(-1), [("last year's third quarter", "1989-11-02", "1988-Q3")]),
        Rule("relative-year-quarter", "next year 's {ordinal} quarter|-quarter", .quarterOfRelativeYear(1), [("next year's first quarter", "1989-11-02", "1990-Q1")]),
        Rule("the-quarter", "the latest|same|fiscal quarter|period", .latest(.quarter, fallback: -1, yearShift: 0),
             [("the quarter", "1989-11-02", "1989-Q3"), ("the latest quarter", "1989-11-02", "1989-Q3")]),
        Rule("the-quarter", "the quarter", .latest(.quarter, fallback: -1, yearShift: 0), []),
        Rule("year-ago-quarter", "the comparable? year-ago|year-earlier quarter|period", .latest(.quarter, fallback: -1, yearShift: -1),
             [("the year-ago quarter", "1989-11-02", "1988-Q3")]),
        Rule("year-ago-quarter", "the comparable? year-ago|year-earlier {ordinal} quarter", .quarterOfRelativeYear(-1), [("the year-earlier third quarter", "1989-11-02", "1988-Q3")]),
        Rule("year-ago-quarter", "the comparable? year-ago|year-earlier {ordinal}-quarter", .quarterOfRelativeYear(-1), []),
        Rule("year-quarter", "the {year} quarter|period", .latestInYear(.quarter),
             [("Net rose in the third quarter. In the 1988 quarter", "1989-11-02", "1988-Q3"), ("the 1988 period", "1989-11-02", "1988")]),
        Rule("year-ago-quarter", "the corresponding|comparable|same period|quarter last year",
             .latest(.quarter, fallback: -1, yearShift: -1), [("the corresponding period last year", "1989-11-02", "1988-Q3")]),
        Rule("year-ago-quarter", "the quarter|period a year ago|earlier", .latest(.quarter, fallback: -1, yearShift: -1),
             [("the quarter a year ago", "1989-11-02", "1988-Q3")]),
        Rule("year-ago-quarter", "the corresponding|comparable|same period|quarter a year ago|earlier",
             .latest(.quarter, fallback: -1, yearShift: -1), [("the same quarter a year earlier", "1989-11-02", "1988-Q3")]),
        Rule("year-ago-quarter", "last year 's quarter|period", .latest(.quarter, fallback: -1, yearShift: -1),
             [("last year's quarter", "1989-11-02", "1988-Q3")]),
        Rule("quarter", "the? fiscal? {ordinal} quarter", .quarter(.reported),
             [("the third quarter", "1989-11-02", "1989-Q3"), ("the fourth quarter", "1989-11-02", "1989-Q4")]),
        Rule("quarter", "fiscal? {ordinal}-quarter", .quarter(.reported), [("third-quarter", "1989-11-02", "1989-Q3")]),
        Rule("named-quarter", "q1 {year}?", .namedQuarter(1), [("Q1 2023", "2024-07-25", "2023-Q1")]),
        Rule("named-quarter", "q2 {year}?", .namedQuarter(2), [("Q2 2023", "2024-07-25", "2023-Q2")]),
        Rule("named-quarter", "q3 {year}?", .namedQuarter(3), [("Q3 2023", "2024-07-25", "2023-Q3")]),
        Rule("named-quarter", "q4 {year}?", .namedQuarter(4), [("Q4 2023", "2024-07-25", "2023-Q4"), ("Q4", "2024-07-25", "2023-Q4")]),
        Rule("named-half", "h1 {year}", .nthHalf(1), [("H1 2024", "2024-07-25", "2024-H1")]),
        Rule("named-half", "h2 {year}", .nthHalf(2), [("H2 2023", "2024-07-25", "2023-H2")]),
        Rule("half-of-year", "the? {ordinal} half of {year}", .half(.tense), [("the first half of 2012", "2013-02-12", "2012-H1")]),
        Rule("half-of-year", "the? last|latter half of {year}", .nthHalf(2), [("the last half of 1989", "1989-11-02", "1989-H2")]),
        Rule("half-of-year", "the? first two quarters of {year}", .nthHalf(1), [("the first two quarters of 1990", "1989-10-26", "1990-H1")]),
        Rule("half-of-year", "the? last two quarters of {year}", .nthHalf(2), [("the last two quarters of 1990", "1989-10-26", "1990-H2")]),
        Rule("half", "the? {ordinal} half of? the? year", .half(.tense), [("the first half of the year", "2013-08-12", "2013-H1")]),
        Rule("half", "the? {ordinal} half", .half(.past), [("the first half", "2013-08-12", "2013-H1")]),
        Rule("half", "{ordinal}-half", .half(.past), [("first-half", "2013-08-12", "2013-H1")]),
        Rule("week-of-day", "the week ending|ended {month} {day} ,? {year}?", .periodOfDate(.week, lead: 0),
             [("the week ending Jan. 5", "2024-07-25", "2024-W01")]),
        Rule("week-of-day", "the week of {month} {day}", .periodOfDate(.week, lead: 0), [("the week of March 6", "2000-02-24", "2000-W10")]),
        Rule("week-of-day", "the week of {month} {day} ,? {year}", .periodOfDate(.week, lead: 0),
             [("the week of March 6, 1999", "2000-02-24", "1999-W09")]),
        Rule("week-of-month", "the? {ordinal} week of {month} ,? {year}?", .weekOfMonth,
             [("the first week of March", "2013-02-12", "2013-W10"), ("the second week of March 2012", "2013-02-12", "2012-W10")]),
        Rule("year-end", "year-end|yearend", .relative(.year, 0), [("year-end", "1989-11-02", "1989")]),
    ]

    /// Holidays with fixed dates, Easter and the US weekday holidays, each name followed by an optional year.
    /// "last Christmas" is the one before the anchor, "next Easter" the one after.
    static let holidays: [Rule] = Holidays.table.flatMap { holiday in
        holiday.names.flatMap { name in
            // Examples: every 2012 holiday is "last" on 2013-01-01, "next" on 2011-12-31 and "this" on 2012-07-01.
            [Rule("holiday-\(holiday.id)", "\(name) ,? {year}?", .holiday(holiday.date, .tense), [("\(name) 2012", "2013-02-12", holiday.in2012)]),
             Rule("last-holiday-\(holiday.id)", "last|past \(name)", .holiday(holiday.date, .strictPast), [("last \(name)", "2013-01-01", holiday.in2012)]),
             Rule("next-holiday-\(holiday.id)", "next|coming \(name)", .holiday(holiday.date, .strictFuture), [("next \(name)", "2011-12-31", holiday.in2012)]),
             Rule("this-holiday-\(holiday.id)", "this \(name)", .holiday(holiday.date, .current), [("this \(name)", "2012-07-01", holiday.in2012)]),
             Rule("holiday-week-\(holiday.id)", "\(name.hasPrefix("the ") ? "" : "the? ")\(name) week ,? {year}?", .holidayWeek(holiday.date, .tense), [])]
        }
    } + [
        Rule("holiday-christmas", "christmas day", .holiday(.fixed(month: 12, day: 25), .tense), [("Christmas 2012", "2013-02-12", "2012-12-25")]),
        Rule("holiday-easter", "easter", .holiday(.easter(offset: 0), .tense), [("Easter 2013", "2013-02-12", "2013-03-31")]),
        Rule("last-holiday-thanksgiving", "last thanksgiving", .holiday(.nthWeekday(month: 11, weekday: 4, n: 4), .strictPast),
             [("last Thanksgiving", "2013-02-12", "2012-11-22")]),
        Rule("next-holiday-easter", "next easter", .holiday(.easter(offset: 0), .strictFuture), [("next Easter", "2013-04-12", "2014-04-20")]),
    ]
}
