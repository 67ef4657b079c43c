import TimelineModel

/// Hand-built dates and events for merge tests.
enum Make {
    static func day(_ iso: String) -> TemporalValue {
        let date = CalendarDate(iso: iso) ?? CalendarDate(year: 2000, month: 1, day: 1)!
        return TemporalValue(type: .date, value: iso, granularity: .day, interval: DayInterval(day: date))
    }

    static func month(_ year: Int, _ month: Int) -> TemporalValue {
        let start = CalendarDate.firstDay(year: year, month: month)!
        let end = CalendarDate.lastDay(year: year, month: month)!
        return TemporalValue(type: .date, value: "\(year)-\(month < 10 ? "0" : "")\(month)", granularity: .month,
                             interval: DayInterval(start: start, end: end))
    }

    static func year(_ year: Int) -> TemporalValue {
        TemporalValue(type: .date, value: String(year), granularity: .year,
                      interval: DayInterval(start: CalendarDate(year: year, month: 1, day: 1)!,
                                            end: CalendarDate(year: year, month: 12, day: 31)!))
    }

    static func week(_ year: Int, _ week: Int) -> TemporalValue {
        let monday = CalendarDate.mondayOf(isoYear: year, week: week)!
        return TemporalValue(type: .date, value: "\(year)-W\(week)", granularity: .week,
                             interval: DayInterval(start: monday, end: monday.adding(days: 6)!))
    }

    static func event(_ source: String, _ when: TemporalValue?, _ summary: String, actors: [String],
                      actions: [String], kind: EventKind = .occurred, at start: Int = 0,
                      expression: String? = nil, anchorKind: AnchorKind = .publication) -> Event {
        let resolution = expression.map { _ in
            Resolution(rule: "test", anchor: CalendarDate(year: 2024, month: 7, day: 25)!, anchorKind: anchorKind)
        }
        return Event(when: when, summary: summary, actors: actors, actionWords: actions, kind: kind,
                     citation: Citation(source: source, quote: summary + ".", start: start, end: start + summary.count + 1,
                                        expression: expression, resolvedFrom: resolution))
    }

    static func article(_ id: String, published: String = "2024-07-25") -> Article {
        Article(id: id, published: CalendarDate(iso: published)!, text: "")
    }

    /// Four reports of one meeting: three on Wednesday 24 July, one on Thursday 25 July.
    static let meetingReports: [Event] = [
        event("000", day("2024-07-25"), "Putin met with Syrian President Bashar Assad at the Kremlin on Thursday",
              actors: ["Vladimir Putin", "Bashar Assad", "Kremlin"], actions: ["met"], at: 0, expression: "on Thursday"),
        event("002", day("2024-07-24"), "Putin met with Bashar al-Assad in the Kremlin on Wednesday",
              actors: ["Vladimir Putin", "Bashar al-Assad", "Kremlin"], actions: ["met"], at: 0, expression: "on Wednesday"),
        event("003", day("2024-07-24"), "President Vladimir Putin met his Syrian counterpart Assad late Wednesday",
              actors: ["Vladimir Putin", "Assad"], actions: ["met"], at: 300, expression: "late Wednesday"),
        event("004", day("2024-07-24"), "Putin told Bashar Assad of his concern at a meeting in the Kremlin late Wednesday",
              actors: ["Putin", "Bashar Assad", "Kremlin"], actions: ["told", "meeting"], at: 80, expression: "late Wednesday"),
    ]
}
