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
    func match(_ input: CompiledPattern.Input, _ i: Int, into c: inout Captures) -> Int? {
        guard i < input.count else { return nil }
        let t = input.facts[i]
        let w = input.text(at: i)
        switch self {
        case .month:
            guard t.kind == .word, t.isCapitalized, let m = CalendarNames.months[w] else { return nil }
            c.month = m
            if WordLists.monthNames[w] == nil, input.isGluedMark(".", at: i + 1) {
                return i + 2
            }
            return i + 1
        case .monthName:
            guard t.kind == .word, t.isCapitalized, let m = WordLists.monthNames[w] else { return nil }
            c.month = m
            return i + 1
        case .weekday:
            guard t.kind == .word, t.isCapitalized, let d = CalendarNames.weekdays[w] else { return nil }
            c.weekday = d
            if w.hasSuffix("day") { return i + 1 }
            // An abbreviation needs its period, and "The Sun." is a newspaper.
            guard input.isGluedMark(".", at: i + 1), input.lower(i - 1) != "the" else { return nil }
            return i + 2
        case .day:
            if t.kind == .number, w.utf8.count <= 2, let n = Slot.numberValue(t, w), (1...31).contains(n) {
                c.day = n
                return i + 1
            }
            if let n = Slot.numericOrdinal(t, w), (1...31).contains(n) {
                c.day = n
                return i + 1
            }
            return nil
        case .year, .bareYear:
            guard t.kind == .number, w.utf8.count == 4, let n = Slot.numberValue(t, w) else { return nil }
            let range = self == .year ? 1000...2999 : 1800...2099
            guard range.contains(n) else { return nil }
            c.year = n
            return i + 1
        case .shortYear:
            guard t.kind == .number, w.utf8.count == 2, let n = Slot.numberValue(t, w) else { return nil }
            c.shortYear = n < 30 ? 2000 + n : 1900 + n
            return i + 1
        case .spelledYear:
            return Slot.matchSpelledYear(input, i, into: &c)
        case .integer:
            guard let n = Slot.numberValue(t, w) else { return nil }
            c.appendInteger(n)
            return i + 1
        case .count:
            return Slot.matchCount(input, i, into: &c)
        case .ordinal:
            // "twenty-first".
            if let tens = WordLists.tens[w], input.isGluedMark("-", at: i + 1), i + 2 < input.count, input.facts[i + 2].isGlued,
               let n = WordLists.ordinals[input.tokens[i + 2].lower], (1...9).contains(n) {
                c.ordinal = tens + n
                return i + 3
            }
            if let n = WordLists.ordinals[w], n > 0 {
                c.ordinal = n
                return i + 1
            }
            if let n = Slot.numericOrdinal(t, w) {
                c.ordinal = n
                return i + 1
            }
            return nil
        case .unit:
            guard let u = WordLists.units[w] else { return nil }
            c.unit = u
            return i + 1
        case .pluralUnit:
            guard let u = WordLists.pluralUnits[w] else { return nil }
            c.unit = u
            return i + 1
        case .singularUnit:
            guard WordLists.pluralUnits[w] == nil, let u = WordLists.units[w] else { return nil }
            c.unit = u
            return i + 1
        case .countWord:
            guard t.kind == .word else { return nil }
            return Slot.matchCount(input, i, into: &c)
        case .season:
            guard let s = WordLists.seasons[w] else { return nil }
            c.season = s
            return i + 1
        case .partOfDay:
            guard let p = WordLists.partsOfDay[w] else { return nil }
            c.partOfDay = p
            return i + 1
        case .decade:
            if let d = WordLists.decadeWords[w] {
                c.decade = d
                return i + 1
            }
            return Slot.matchDecadeNumber(t, w, into: &c) ? i + 1 : nil
        case .clock:
            return Slot.matchClock(input, i, into: &c)
        case .timeZone:
            guard WordLists.timeZones.contains(w), t.kind == .word, t.flags.contains(.allCaps) || w.count > 2 else { return nil }
            return i + 1
        }
    }

    /// The value of a number token `t` whose text is `w` (at most 9 digits), as `Token.intValue`.
    static func numberValue(_ t: TokenFacts, _ w: String) -> Int? {
        guard t.kind == .number else { return nil }
        return Token.intValue(of: w)
    }

    /// "25th", "1st", "3rd" → the number.
    static func numericOrdinal(_ t: TokenFacts, _ s: String) -> Int? {
        guard t.kind == .word else { return nil }
        let bytes = s.utf8
        guard bytes.count >= 3, bytes.count <= 4, let last = bytes.last else { return nil }
        let beforeLast = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
        switch (beforeLast, last) {
        case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
             (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")):
            break
        default:
            return nil
        }
        var n = 0
        for b in bytes.dropLast(2) {
            guard b >= 48 && b <= 57 else { return nil }
            n = n * 10 + Int(b - 48)
        }
        return n
    }

    /// "1990s" → 199, "1800s" → century 18, "90s" → 199.
    static func matchDecadeNumber(_ t: TokenFacts, _ w: String, into c: inout Captures) -> Bool {
        guard t.kind == .word, w.hasSuffix("s") else { return false }
        let digits = w.dropLast()
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
    static func matchSpelledYear(_ input: CompiledPattern.Input, _ i: Int, into c: inout Captures) -> Int? {
        let w = input.text(at: i)
        if w == "two", input.lower(i + 1) == "thousand" {
            var j = i + 2
            var rest = 0
            if input.lower(j) == "and" { j += 1 }
            var sub = Captures()
            if j < input.count, input.facts[j].kind == .word, let end = matchCount(input, j, into: &sub), let n = sub.count, n < 100 {
                rest = n
                j = end
            } else if input.lower(i + 2) == "and" {
                j = i + 2
            }
            c.year = 2000 + rest
            return j
        }
        guard let century = ["eighteen": 18, "nineteen": 19, "twenty": 20][w] else { return nil }
        var sub = Captures()
        guard i + 1 < input.count, input.facts[i + 1].kind == .word,
              WordLists.tens[input.tokens[i + 1].lower] != nil || WordLists.smallNumbers[input.tokens[i + 1].lower].map({ $0 >= 10 }) == true,
              let end = matchCount(input, i + 1, into: &sub), let n = sub.count, n >= 10, n < 100 else { return nil }
        c.year = century * 100 + n
        return end
    }

    /// A count starting at `i`.
    static func matchCount(_ input: CompiledPattern.Input, _ i: Int, into c: inout Captures) -> Int? {
        let t = input.facts[i]
        let w = input.text(at: i)
        if t.kind == .number {
            guard w.utf8.count <= 6, let n = Token.intValue(of: w) else { return nil }
            // Not the tail of a larger number ("1,000", "2.5").
            if t.isGlued, i >= 1, input.facts[i - 1].isGlued, input.lower(i - 1) == "," || input.lower(i - 1) == ".",
               i >= 2, input.facts[i - 2].kind == .number { return nil }
            // Thousands groups: "1,000".
            var value = n
            var j = i + 1
            while input.isGluedMark(",", at: j), j + 1 < input.count, input.facts[j + 1].isGlued, input.facts[j + 1].kind == .number,
                  input.tokens[j + 1].lower.utf8.count == 3, let g = Token.intValue(of: input.tokens[j + 1].lower), value < 1_000_000 {
                value = value * 1000 + g
                j += 2
            }
            // Not a decimal ("3.5").
            if input.isGluedMark(".", at: j) || input.isGluedMark(",", at: j),
               j + 1 < input.count, input.facts[j + 1].isGlued, input.facts[j + 1].kind == .number { return nil }
            c.count = value
            return j
        }
        guard t.kind == .word else { return nil }
        // "the next couple of years".
        if w == "couple", input.lower(i + 1) == "of" {
            c.count = 2
            return i + 2
        }
        if WordLists.oneWords.contains(w) {
            // "a few", "a couple of", "a dozen", "a hundred".
            if let next = input.lower(i + 1) {
                if next == "few" {
                    c.vagueCount = true
                    return i + 2
                }
                if next == "couple" {
                    c.count = 2
                    return input.lower(i + 2) == "of" ? i + 3 : i + 2
                }
                if next == "dozen" {
                    c.count = 12
                    return i + 2
                }
                if next == "hundred" {
                    c.count = 100
                    return i + 2
                }
            }
            c.count = 1
            return i + 1
        }
        if WordLists.vagueCounts.contains(w) {
            c.vagueCount = true
            return i + 1
        }
        if w == "dozen" || w == "dozens" {
            c.vagueCount = w == "dozens"
            if w == "dozen" { c.count = 12 }
            return input.lower(i + 1) == "of" && w == "dozens" ? i + 2 : i + 1
        }
        if let n = WordLists.smallNumbers[w] {
            if input.lower(i + 1) == "hundred" {
                c.count = n * 100
                return i + 2
            }
            c.count = n
            return i + 1
        }
        if let tens = WordLists.tens[w] {
            // "twenty-four", "twenty four".
            var j = i + 1
            if input.isGluedMark("-", at: j) { j += 1 }
            if let unit = input.lower(j), let n = WordLists.smallNumbers[unit], n >= 1, n <= 9 {
                c.count = tens + n
                return j + 1
            }
            c.count = tens
            return i + 1
        }
        return nil
    }

    /// A clock time starting at `i`.
    static func matchClock(_ input: CompiledPattern.Input, _ i: Int, into c: inout Captures) -> Int? {
        let t = input.facts[i]
        let w = input.text(at: i)
        if w == "noon" || w == "midday" {
            c.hour = 12
            c.minute = 0
            return i + 1
        }
        if w == "midnight" {
            c.hour = 0
            c.minute = 0
            return i + 1
        }
        var hour: Int
        var minute = 0
        var j: Int
        var explicitMinutes = false
        // Wire style, four digits before a time zone: "2300 GMT", "(0530 GMT)". ("1400 hours" stays a duration.)
        if t.kind == .number, w.utf8.count == 4, let v = Token.intValue(of: w), let next = input.lower(i + 1),
           WordLists.timeZones.contains(next) {
            guard (0...23).contains(v / 100), (0...59).contains(v % 100) else { return nil }
            c.hour = v / 100
            c.minute = v % 100
            return i + 1
        }
        if t.kind == .number, w.utf8.count <= 2, let h = Token.intValue(of: w) {
            hour = h
            j = i + 1
            if input.isGluedMark(":", at: j), j + 1 < input.count, input.facts[j + 1].isGlued, input.facts[j + 1].kind == .number,
               input.tokens[j + 1].lower.utf8.count == 2, let m = Token.intValue(of: input.tokens[j + 1].lower) {
                minute = m
                explicitMinutes = true
                j += 2
            }
        } else if t.kind == .word {
            // "3pm", "11am".
            guard w.hasSuffix("am") || w.hasSuffix("pm"), w.utf8.count <= 4 else { return nil }
            guard let h = Int(w.dropLast(2)) else { return nil }
            guard (1...12).contains(h) else { return nil }
            c.hour = w.hasSuffix("pm") ? (h % 12) + 12 : h % 12
            c.minute = 0
            return i + 1
        } else {
            return nil
        }
        // a.m. / p.m. / am / pm.
        var meridiem: Character?
        if let m = input.lower(j) {
            if m == "am" || m == "pm" {
                meridiem = m.first
                j += 1
            } else if m == "a" || m == "p", input.isGluedMark(".", at: j + 1), j + 2 < input.count, input.facts[j + 2].isGlued,
                      input.tokens[j + 2].lower == "m" {
                meridiem = m.first
                j += 3
                if input.isGluedMark(".", at: j) { j += 1 }
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

extension CompiledPattern.Input {
    /// The lower-cased text of the token at `i` (in range), read in place: a subscript would copy the whole `Token`.
    @inline(__always)
    func text(at i: Int) -> String {
        guard i >= 0, i < tokens.count else { return "" }
        return tokens.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { ($0 + i).pointee.lower } ?? "" }
    }

    /// The lower-cased text of the token at `j`, nil past either end.
    func lower(_ j: Int) -> String? { j >= 0 && j < tokens.count ? tokens[j].lower : nil }

    /// True when the token at `j` is `mark` with nothing before it ("3.5", "Sept.").
    func isGluedMark(_ mark: String, at j: Int) -> Bool {
        j >= 0 && j < facts.count && facts[j].isGlued && tokens[j].lower == mark
    }
}

extension Array where Element == Token {
    /// The token at `i`, nil past either end.
    func at(_ i: Int) -> Token? { i >= 0 && i < count ? self[i] : nil }
}
