import TextAnalysis

/// A placeholder in a rule pattern (`{month}`, `{count}`), and how each matches tokens.
enum Slot: String, Hashable, Sendable, CaseIterable {
    /// A month name or abbreviation, capitalized ("July", "Jul.", "Sept."); an abbreviation takes its period.
    case month
    /// A month spelled out, capitalized ("August"), for bare months.
    case monthName
    /// A weekday spelled out ("Friday") or abbreviated with a period ("Fri."), capitalized.
    case weekday
    /// A day of the month: 1...31 as digits or "25th".
    case day
    /// A four-digit year, 1000...2999.
    case year
    /// A four-digit year likely to stand alone as a date: 1800...2099.
    case bareYear
    /// A two-digit year after an apostrophe or in a numeric date.
    case shortYear
    /// A year in words: "nineteen ninety-six", "two thousand", "two thousand and one".
    case spelledYear
    /// Any integer written in digits.
    case integer
    /// A count: digits, number words ("twenty-four"), "a"/"an", or a vague count ("several", "a few").
    case count
    /// An ordinal: "third", "3rd".
    case ordinal
    /// A unit of time, singular or plural.
    case unit
    /// A plural unit ("years"), for vague durations.
    case pluralUnit
    /// A singular unit ("week"), for "last week", "the following day".
    case singularUnit
    /// A count spelled out ("two", "twenty-four"), for "two-year".
    case countWord
    case season
    case partOfDay
    /// "1990s", "90s", "nineties".
    case decade
    /// A clock time: "3 p.m.", "15:00", "3:30pm", "noon", "midnight".
    case clock
    /// A time zone abbreviation ("GMT").
    case timeZone

    /// Tries to match at `i`; on success records what it read and returns the index after it.
    func match(_ tokens: [Token], _ i: Int, into c: inout Captures) -> Int? {
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        switch self {
        case .month:
            guard t.kind == .word, t.isCapitalized, let m = CalendarNames.months[t.lower] else { return nil }
            c.month = m
            if WordLists.monthNames[t.lower] == nil, let next = tokens.at(i + 1), next.lower == ".", next.isGlued {
                return i + 2
            }
            return i + 1
        case .monthName:
            guard t.kind == .word, t.isCapitalized, let m = WordLists.monthNames[t.lower] else { return nil }
            c.month = m
            return i + 1
        case .weekday:
            guard t.kind == .word, t.isCapitalized, let d = CalendarNames.weekdays[t.lower] else { return nil }
            c.weekday = d
            if t.lower.hasSuffix("day") { return i + 1 }
            // An abbreviation needs its period, and "The Sun." is a newspaper.
            guard let next = tokens.at(i + 1), next.lower == ".", next.isGlued, tokens.at(i - 1)?.lower != "the" else { return nil }
            return i + 2
        case .day:
            if t.kind == .number, t.lower.utf8.count <= 2, let n = t.intValue, (1...31).contains(n) {
                c.day = n
                return i + 1
            }
            if let n = Slot.numericOrdinal(t), (1...31).contains(n) {
                c.day = n
                return i + 1
            }
            return nil
        case .year, .bareYear:
            guard t.kind == .number, t.lower.utf8.count == 4, let n = t.intValue else { return nil }
            let range = self == .year ? 1000...2999 : 1800...2099
            guard range.contains(n) else { return nil }
            c.year = n
            return i + 1
        case .shortYear:
            guard t.kind == .number, t.lower.utf8.count == 2, let n = t.intValue else { return nil }
            c.shortYear = n < 30 ? 2000 + n : 1900 + n
            return i + 1
        case .spelledYear:
            return Slot.matchSpelledYear(tokens, i, into: &c)
        case .integer:
            guard let n = t.intValue else { return nil }
            c.appendInteger(n)
            return i + 1
        case .count:
            return Slot.matchCount(tokens, i, into: &c)
        case .ordinal:
            // "twenty-first".
            if let tens = WordLists.tens[t.lower], let dash = tokens.at(i + 1), dash.lower == "-", dash.isGlued,
               let unit = tokens.at(i + 2), unit.isGlued, let n = WordLists.ordinals[unit.lower], (1...9).contains(n) {
                c.ordinal = tens + n
                return i + 3
            }
            if let n = WordLists.ordinals[t.lower], n > 0 {
                c.ordinal = n
                return i + 1
            }
            if let n = Slot.numericOrdinal(t) {
                c.ordinal = n
                return i + 1
            }
            return nil
        case .unit:
            guard let u = WordLists.units[t.lower] else { return nil }
            c.unit = u
            return i + 1
        case .pluralUnit:
            guard let u = WordLists.pluralUnits[t.lower] else { return nil }
            c.unit = u
            return i + 1
        case .singularUnit:
            guard WordLists.pluralUnits[t.lower] == nil, let u = WordLists.units[t.lower] else { return nil }
            c.unit = u
            return i + 1
        case .countWord:
            guard t.kind == .word else { return nil }
            return Slot.matchCount(tokens, i, into: &c)
        case .season:
            guard let s = WordLists.seasons[t.lower] else { return nil }
            c.season = s
            return i + 1
        case .partOfDay:
            guard let p = WordLists.partsOfDay[t.lower] else { return nil }
            c.partOfDay = p
            return i + 1
        case .decade:
            if let d = WordLists.decadeWords[t.lower] {
                c.decade = d
                return i + 1
            }
            return Slot.matchDecadeNumber(t, into: &c) ? i + 1 : nil
        case .clock:
            return Slot.matchClock(tokens, i, into: &c)
        case .timeZone:
            guard WordLists.timeZones.contains(t.lower), t.kind == .word, t.flags.contains(.allCaps) || t.lower.count > 2 else { return nil }
            return i + 1
        }
    }

    /// "25th", "1st", "3rd" → the number.
    static func numericOrdinal(_ t: Token) -> Int? {
        guard t.kind == .word else { return nil }
        let s = t.lower
        guard s.utf8.count >= 3, s.utf8.count <= 4 else { return nil }
        let suffix = s.suffix(2)
        guard suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" else { return nil }
        let digits = s.dropLast(2)
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// "1990s" → 199, "1800s" → century 18, "90s" → 199.
    static func matchDecadeNumber(_ t: Token, into c: inout Captures) -> Bool {
        guard t.kind == .word, t.lower.hasSuffix("s") else { return false }
        let digits = t.lower.dropLast()
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits), n % 10 == 0 else { return false }
        if digits.count == 4 {
            // "the 1800s" is a century; "the 2000s" is the decade.
            if n % 100 == 0 && n < 2000 {
                c.century = n / 100
            } else {
                c.decade = n / 10
            }
            return true
        }
        if digits.count == 2 {
            c.decade = (n < 30 ? 2000 + n : 1900 + n) / 10
            return true
        }
        return false
    }

    /// "nineteen ninety-six" (hundreds then a number below 100), "two thousand [and] one".
    static func matchSpelledYear(_ tokens: [Token], _ i: Int, into c: inout Captures) -> Int? {
        let t = tokens[i]
        if t.lower == "two", tokens.at(i + 1)?.lower == "thousand" {
            var j = i + 2
            var rest = 0
            if tokens.at(j)?.lower == "and" { j += 1 }
            var sub = Captures()
            if let w = tokens.at(j), w.kind == .word, let end = matchCount(tokens, j, into: &sub), let n = sub.count, n < 100 {
                rest = n
                j = end
            } else if tokens.at(i + 2)?.lower == "and" {
                j = i + 2
            }
            c.year = 2000 + rest
            return j
        }
        guard let century = ["eighteen": 18, "nineteen": 19, "twenty": 20][t.lower] else { return nil }
        var sub = Captures()
        guard let w = tokens.at(i + 1), w.kind == .word, WordLists.tens[w.lower] != nil || WordLists.smallNumbers[w.lower].map({ $0 >= 10 }) == true,
              let end = matchCount(tokens, i + 1, into: &sub), let n = sub.count, n >= 10, n < 100 else { return nil }
        c.year = century * 100 + n
        return end
    }

    /// A count starting at `i`.
    static func matchCount(_ tokens: [Token], _ i: Int, into c: inout Captures) -> Int? {
        let t = tokens[i]
        if t.kind == .number {
            guard t.lower.utf8.count <= 6, let n = t.intValue else { return nil }
            // Not the tail of a larger number ("1,000", "2.5").
            if t.isGlued, let sep = tokens.at(i - 1), sep.lower == "," || sep.lower == ".", sep.isGlued,
               tokens.at(i - 2)?.kind == .number { return nil }
            // Thousands groups: "1,000".
            var value = n
            var j = i + 1
            while let sep = tokens.at(j), sep.isGlued, sep.lower == ",", let group = tokens.at(j + 1), group.isGlued,
                  group.kind == .number, group.lower.utf8.count == 3, let g = group.intValue, value < 1_000_000 {
                value = value * 1000 + g
                j += 2
            }
            // Not a decimal ("3.5").
            if let sep = tokens.at(j), sep.isGlued, sep.lower == "." || sep.lower == ",",
               let more = tokens.at(j + 1), more.isGlued, more.kind == .number { return nil }
            c.count = value
            return j
        }
        guard t.kind == .word else { return nil }
        // "the next couple of years".
        if t.lower == "couple", tokens.at(i + 1)?.lower == "of" {
            c.count = 2
            return i + 2
        }
        if WordLists.oneWords.contains(t.lower) {
            // "a few", "a couple of", "a dozen", "a hundred".
            if let next = tokens.at(i + 1) {
                if next.lower == "few" {
                    c.vagueCount = true
                    return i + 2
                }
                if next.lower == "couple" {
                    c.count = 2
                    return tokens.at(i + 2)?.lower == "of" ? i + 3 : i + 2
                }
                if next.lower == "dozen" {
                    c.count = 12
                    return i + 2
                }
                if next.lower == "hundred" {
                    c.count = 100
                    return i + 2
                }
            }
            c.count = 1
            return i + 1
        }
        if WordLists.vagueCounts.contains(t.lower) {
            c.vagueCount = true
            return i + 1
        }
        if t.lower == "dozen" || t.lower == "dozens" {
            c.vagueCount = t.lower == "dozens"
            if t.lower == "dozen" { c.count = 12 }
            return tokens.at(i + 1)?.lower == "of" && t.lower == "dozens" ? i + 2 : i + 1
        }
        if let n = WordLists.smallNumbers[t.lower] {
            if let next = tokens.at(i + 1), next.lower == "hundred" {
                c.count = n * 100
                return i + 2
            }
            c.count = n
            return i + 1
        }
        if let tens = WordLists.tens[t.lower] {
            // "twenty-four", "twenty four".
            var j = i + 1
            if let dash = tokens.at(j), dash.lower == "-", dash.isGlued { j += 1 }
            if let unit = tokens.at(j), let n = WordLists.smallNumbers[unit.lower], n >= 1, n <= 9 {
                c.count = tens + n
                return j + 1
            }
            c.count = tens
            return i + 1
        }
        return nil
    }

    /// A clock time starting at `i`.
    static func matchClock(_ tokens: [Token], _ i: Int, into c: inout Captures) -> Int? {
        let t = tokens[i]
        if t.lower == "noon" || t.lower == "midday" {
            c.hour = 12
            c.minute = 0
            return i + 1
        }
        if t.lower == "midnight" {
            c.hour = 0
            c.minute = 0
            return i + 1
        }
        var hour: Int
        var minute = 0
        var j: Int
        var explicitMinutes = false
        if t.kind == .number, t.lower.utf8.count <= 2, let h = t.intValue {
            hour = h
            j = i + 1
            if let colon = tokens.at(j), colon.lower == ":", colon.isGlued,
               let mm = tokens.at(j + 1), mm.isGlued, mm.kind == .number, mm.lower.utf8.count == 2, let m = mm.intValue {
                minute = m
                explicitMinutes = true
                j += 2
            }
        } else if t.kind == .word {
            // "3pm", "11am".
            let s = t.lower
            guard s.hasSuffix("am") || s.hasSuffix("pm"), s.utf8.count <= 4 else { return nil }
            guard let h = Int(s.dropLast(2)) else { return nil }
            guard (1...12).contains(h) else { return nil }
            c.hour = s.hasSuffix("pm") ? (h % 12) + 12 : h % 12
            c.minute = 0
            return i + 1
        } else {
            return nil
        }
        // a.m. / p.m. / am / pm.
        var meridiem: Character?
        if let w = tokens.at(j) {
            if w.lower == "am" || w.lower == "pm" {
                meridiem = w.lower.first
                j += 1
            } else if (w.lower == "a" || w.lower == "p"), let dot = tokens.at(j + 1), dot.lower == ".", dot.isGlued,
                      let m = tokens.at(j + 2), m.lower == "m", m.isGlued {
                meridiem = w.lower.first
                j += 3
                if let dot2 = tokens.at(j), dot2.lower == ".", dot2.isGlued { j += 1 }
            }
        }
        if let meridiem {
            guard (1...12).contains(hour), (0...59).contains(minute) else { return nil }
            hour = meridiem == "p" ? (hour % 12) + 12 : hour % 12
        } else {
            guard explicitMinutes, (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        }
        c.hour = hour
        c.minute = minute
        return j
    }
}

extension Array where Element == Token {
    /// The token at `i`, nil past either end.
    func at(_ i: Int) -> Token? { i >= 0 && i < count ? self[i] : nil }
}
