import TimelineModel

/// A TIMEX3 date in words, for headings: "Wednesday 24 July 2024", "Week 30, 2024", "the 1990s",
/// "Early 2012". Values it cannot read (`PAST_REF`, `XXXX-05`) are shown as they are.
public enum DateWords {
    public static func phrase(_ value: TemporalValue) -> String {
        let base = basePhrase(value.value)
        guard let mod = value.mod, let wording = modifierWords[mod] else { return base.text }
        var text = base.text
        if wording.dropsArticle, text.hasPrefix("the ") { text.removeFirst(4) }
        if !base.startsWithName, let first = text.first { text = first.lowercased() + text.dropFirst() }
        return wording.prefix + text
    }

    struct Modifier {
        let prefix: String
        /// "Early 1990s" rather than "Early the 1990s".
        let dropsArticle: Bool
    }

    static let modifierWords: [TimexModifier: Modifier] = [
        .start: Modifier(prefix: "Early ", dropsArticle: true),
        .mid: Modifier(prefix: "Mid-", dropsArticle: true),
        .end: Modifier(prefix: "Late ", dropsArticle: true),
        .approx: Modifier(prefix: "About ", dropsArticle: false),
        .before: Modifier(prefix: "Before ", dropsArticle: false),
        .after: Modifier(prefix: "After ", dropsArticle: false),
        .onOrBefore: Modifier(prefix: "On or before ", dropsArticle: false),
        .onOrAfter: Modifier(prefix: "On or after ", dropsArticle: false),
        .lessThan: Modifier(prefix: "Less than ", dropsArticle: false),
        .moreThan: Modifier(prefix: "More than ", dropsArticle: false),
        .equalOrLess: Modifier(prefix: "At most ", dropsArticle: false),
        .equalOrMore: Modifier(prefix: "At least ", dropsArticle: false),
    ]

    static let seasons = ["SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"]
    static let partsOfDay = ["MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"]
    static let halves = ["1": "First half of", "2": "Second half of"]

    /// The words and whether they begin with a name (month, weekday, number) that keeps its capital.
    static func basePhrase(_ value: String) -> (text: String, startsWithName: Bool) {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, first.allSatisfy(\.isNumber), !first.isEmpty else { return (value, true) }
        switch (first.count, parts.count) {
        case (2, 1): return century(first).map { ($0, false) } ?? (value, true)
        case (3, 1): return ("the \(first)0s", false)
        case (4, 1): return (first, true)
        case (4, 2): return yearPart(year: first, part: parts[1]) ?? (value, true)
        case (4, 3): return dayOrWeekend(year: first, parts[1], parts[2]) ?? (value, true)
        default: return (value, true)
        }
    }

    private static func century(_ digits: String) -> String? {
        guard let n = Int(digits) else { return nil }
        return "the \(ordinal(n + 1)) century"
    }

    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    private static func yearPart(year: String, part: String) -> (String, Bool)? {
        if let month = Int(part), part.count == 2, (1...12).contains(month) {
            return ("\(CalendarNames.monthNames[month - 1]) \(year)", true)
        }
        if part.hasPrefix("W"), let week = Int(part.dropFirst()) { return ("Week \(week), \(year)", false) }
        if part.hasPrefix("Q"), let quarter = Int(part.dropFirst()) { return ("Q\(quarter) \(year)", true) }
        if part.hasPrefix("H"), let half = halves[String(part.dropFirst())] { return ("\(half) \(year)", false) }
        if let season = seasons[part] { return ("\(season) \(year)", false) }
        return nil
    }

    private static func dayOrWeekend(year: String, _ second: String, _ third: String) -> (String, Bool)? {
        if second.hasPrefix("W"), third == "WE", let week = Int(second.dropFirst()) {
            return ("Weekend of week \(week), \(year)", false)
        }
        let dayText = String(third.prefix(2))
        guard let date = CalendarDate(iso: "\(year)-\(second)-\(dayText)") else { return nil }
        let words = "\(CalendarNames.weekdayNames[date.weekday - 1]) \(date.day) \(CalendarNames.monthNames[date.month - 1]) \(date.year)"
        let rest = third.dropFirst(2)
        guard rest.hasPrefix("T") else { return rest.isEmpty ? (words, true) : nil }
        let time = String(rest.dropFirst())
        if let part = partsOfDay[time] { return ("\(words), \(part)", true) }
        return ("\(words), \(time)", true)
    }
}
