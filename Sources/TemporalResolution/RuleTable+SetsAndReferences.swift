extension RuleTable {
    /// Sets ("every Monday", "annually") and references ("now", "recently", "in the future").
    static let setsAndReferences: [Rule] = [
        Rule("set-every-weekday", "every|each {weekday}", .everyWeekday, [("every Monday", "2013-02-12", "XXXX-WXX-1")]),
        Rule("set-weekdays", "{weekday}s", .everyWeekday, []),
        Rule("set-every-month", "every|each {monthName}", .everyMonth, [("each July", "2013-02-12", "XXXX-07")]),
        Rule("set-every-unit", "every|each|per {unit}", .everyUnit, [("every year", "2013-02-12", "P1Y"), ("per week", "2013-02-12", "P1W")],
             requires: [.notARate]),
        Rule("set-every-count-unit", "every {count} {unit}", .everyUnit, [("every two weeks", "2013-02-12", "P2W")]),
        Rule("set-times-per-unit", "once|twice|thrice a|an|per {unit}", .everyUnit, [("twice a week", "2013-02-12", "P1W")]),
        Rule("set-times-per-unit", "{integer} times a|an|per {unit}", .everyUnit, [("3 times a day", "2013-02-12", "P1D")]),
        Rule("set-times-per-unit", "two|three|four|five|six|seven|eight|nine|ten|several|many times a|an|per {unit}", .everyUnit,
             [("three times a year", "2013-02-12", "P1Y")]),
        Rule("set-annually", "annually|yearly", .fixed(.set, "P1Y"), [("annually", "2013-02-12", "P1Y")], requires: [.notARate]),
        Rule("set-daily", "daily", .fixed(.set, "P1D"), [("daily", "2013-02-12", "P1D")], requires: [.notARate]),
        Rule("set-weekly", "weekly", .fixed(.set, "P1W"), [("weekly", "2013-02-12", "P1W")], requires: [.notARate]),
        Rule("set-monthly", "monthly", .fixed(.set, "P1M"), [("monthly", "2013-02-12", "P1M")], requires: [.notARate]),
        Rule("set-hourly", "hourly", .fixed(.set, "PT1H"), [("hourly", "2013-02-12", "PT1H")], requires: [.notARate]),
        Rule("present-ref", "now|currently|presently", .fixed(.date, "PRESENT_REF"), [("now", "2013-02-12", "PRESENT_REF")]),
        Rule("present-ref", "right now", .fixed(.date, "PRESENT_REF"), []),
        Rule("present-ref", "the present", .fixed(.date, "PRESENT_REF"), []),
        Rule("present-ref", "current", .fixed(.date, "PRESENT_REF"), []),
        Rule("present-ref", "nowadays", .fixed(.date, "PRESENT_REF"), []),
        Rule("present-ref", "these days", .fixed(.date, "PRESENT_REF"), [("these days", "2013-02-12", "PRESENT_REF")]),
        Rule("past-ref", "recently|lately|formerly", .fixed(.date, "PAST_REF"),
             [("recently", "2013-02-12", "PAST_REF")]),
        Rule("past-ref", "the past", .fixed(.date, "PAST_REF"), [("the past", "2013-02-12", "PAST_REF")], requires: [.noCountAfter]),
        Rule("future-ref", "the near? future", .fixed(.date, "FUTURE_REF"), [("the future", "2013-02-12", "FUTURE_REF")]),
        Rule("future-ref", "the near|short term", .fixed(.date, "FUTURE_REF"), []),
        Rule("future-ref", "a later date|time", .fixed(.date, "FUTURE_REF"), [("at a later date", "2013-02-12", "FUTURE_REF")]),
        Rule("future-ref", "someday", .fixed(.date, "FUTURE_REF"),
             [("someday", "2013-02-12", "FUTURE_REF")]),
    ]

    /// Clock times: "3 p.m.", "15:00 GMT", "noon", "3 p.m. Monday".
    static let clockTimes: [Rule] = [
        Rule("clock", "{clock} {timeZone}?", .dayClock(0),
             [("3 p.m.", "2013-02-12", "2013-02-12T15:00"), ("15:00 GMT", "2013-02-12", "2013-02-12T15:00"), ("noon", "2013-02-12", "2013-02-12T12:00"),
              ("at 2300 GMT", "2013-02-12", "2013-02-12T23:00")]),
        Rule("clock-weekday", "{clock} {timeZone}? ,? on? {weekday}", .weekdayClock(.tense), [("3 p.m. Monday", "2013-02-12", "2013-02-11T15:00")]),
        Rule("weekday-clock", "{weekday} ,? at? {clock} {timeZone}?", .weekdayClock(.tense), [("Monday at 3 p.m.", "2013-02-12", "2013-02-11T15:00")]),
        Rule("clock-date", "{clock} {timeZone}? ,? on? {month} {day} ,? {year}?", .dateClock,
             [("5 p.m. EST Nov. 9", "1989-11-02", "1989-11-09T17:00"), ("10 a.m. on March 3, 2012", "2013-02-12", "2012-03-03T10:00")]),
        Rule("date-clock", "{month} {day} ,? {year}? ,? at {clock} {timeZone}?", .dateClock, [("Nov. 9 at 5 p.m.", "1989-11-02", "1989-11-09T17:00")]),
    ]

    /// Days named relative to the anchor, for clock times on them.
    static let relativeDays: [(word: String, offset: Int, example: String)] = [
        ("yesterday", -1, "2013-02-11"), ("today", 0, "2013-02-12"), ("tomorrow", 1, "2013-02-13"),
    ]

    /// "3 p.m. yesterday", "tomorrow at noon": a clock time on a day named relative to the anchor.
    static let relativeDayClocks: [Rule] = relativeDays.flatMap { day in
        [Rule("clock-\(day.word)", "{clock} {timeZone}? ,? \(day.word)", .dayClock(day.offset),
              [("3 p.m. \(day.word)", "2013-02-12", "\(day.example)T15:00")]),
         Rule("\(day.word)-clock", "\(day.word) ,? at {clock} {timeZone}?", .dayClock(day.offset),
              [("\(day.word) at noon", "2013-02-12", "\(day.example)T12:00")])]
    }
}
