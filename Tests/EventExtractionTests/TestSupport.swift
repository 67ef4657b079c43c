import Foundation
@testable import EventExtraction

/// Builds the values and mentions tests need, without the resolver.
enum TestSupport {
    static func date(_ iso: String) -> CalendarDate? { CalendarDate(iso: iso) }

    /// A TIMEX3 value with the interval it names: days, months, years, ISO weeks, seasons, parts of day;
    /// no interval for durations, sets and references.
    static func value(_ v: String) -> TemporalValue {
        if v.hasPrefix("P") { return TemporalValue(type: .duration, value: v) }
        if v.hasPrefix("XXXX") { return TemporalValue(type: .set, value: v) }
        if v.hasSuffix("_REF") { return TemporalValue(type: .date, value: v) }
        let parts = v.split(separator: "-").map(String.init)
        guard let year = Int(parts[0]) else { return TemporalValue(type: .date, value: v) }
        if parts.count == 1 {
            return TemporalValue(type: .date, value: v, granularity: .year, interval: interval(year, 1, 1, year, 12, 31))
        }
        if parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()), let monday = CalendarDate.mondayOf(isoYear: year, week: week),
           let sunday = monday.adding(days: 6) {
            return TemporalValue(type: .date, value: v, granularity: .week, interval: DayInterval(start: monday, end: sunday))
        }
        let seasons: [String: (Int, Int)] = ["SP": (3, 5), "SU": (6, 8), "FA": (9, 11)]
        if let (from, to) = seasons[parts[1]] {
            let end = CalendarDate.daysIn(month: to, year: year)
            return TemporalValue(type: .date, value: v, granularity: .season, interval: interval(year, from, 1, year, to, end))
        }
        guard let month = Int(parts[1]) else { return TemporalValue(type: .date, value: v) }
        if parts.count == 2 {
            return TemporalValue(type: .date, value: v, granularity: .month,
                                 interval: interval(year, month, 1, year, month, CalendarDate.daysIn(month: month, year: year)))
        }
        let dayText = parts[2].prefix(2)
        guard let day = Int(dayText), let d = CalendarDate(year: year, month: month, day: day) else {
            return TemporalValue(type: .date, value: v)
        }
        let isTime = parts[2].count > 2
        return TemporalValue(type: isTime ? .time : .date, value: v, granularity: isTime ? .partOfDay : .day, interval: DayInterval(day: d))
    }

    static func interval(_ y1: Int, _ m1: Int, _ d1: Int, _ y2: Int, _ m2: Int, _ d2: Int) -> DayInterval? {
        guard let a = CalendarDate(year: y1, month: m1, day: d1), let b = CalendarDate(year: y2, month: m2, day: d2) else { return nil }
        return DayInterval(start: a, end: b)
    }

    /// A mention of the first occurrence of `expression` in `text` (scalar offsets), or nil if absent.
    static func mention(_ expression: String, _ value: String, in text: String, anchor: CalendarDate) -> TemporalMention? {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(expression.unicodeScalars)
        guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            let v = self.value(value)
            let relative = !(value.count == 4 || value.count == 7 && expression.contains(where: \.isNumber))
            return TemporalMention(text: expression, start: start, end: start + needle.count, value: v, rule: "test",
                                   anchor: anchor, anchorKind: relative ? .publication : .none)
        }
        return nil
    }

    /// Mentions written as `expression=value ; expression=value`.
    static func mentions(_ spec: String, in text: String, anchor: CalendarDate) -> [TemporalMention] {
        spec.components(separatedBy: " ; ").compactMap { item in
            let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { return nil }
            return mention(pair[0], pair[1], in: text, anchor: anchor)
        }
    }

    static func article(_ text: String, published: String = "2024-03-14", id: String = "a1") -> Article? {
        date(published).map { Article(id: id, published: $0, text: text) }
    }

    /// The events of a one-article text with mentions given as `expression=value ; ...`.
    static func events(_ text: String, mentions spec: String, published: String = "2024-03-14") -> [Event] {
        guard let a = article(text, published: published) else { return [] }
        return EventExtractor().events(in: a, mentions: mentions(spec, in: text, anchor: a.published))
    }

    /// `kind@expression` for each event, `kind@none` for undated ones.
    static func labels(_ events: [Event]) -> [String] {
        events.map { "\($0.kind.rawValue)@\($0.citation.expression ?? "none")" }
    }
}

