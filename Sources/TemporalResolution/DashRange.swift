import TimelineModel

/// Reads, from the bytes around a mention, the bare numbers a dash or "and" attaches to it: the ranges "Feb. 3-5",
/// "3-5 February", "1990-91", "1990-1991" and the joined day of "April 24 and 25". The number alone is no date, so
/// it is read only next to a mention; `DashRangeEditor` makes the edits.
enum DashRange {
    /// A number of at most `maxDigits` ASCII digits right after `offset` in `bytes`, past a hyphen that touches both,
    /// or an en dash with at most one space on each side; with the UTF-8 offset where the number ends. Nil when the
    /// number runs on into more digits, a decimal point, a letter or another dash ("3-5-7"). A spaced hyphen is a
    /// break, not a range: "On Feb. 3 - 10 people died".
    static func numberAfter(_ bytes: [UInt8], _ offset: Int, maxDigits: Int) -> (value: Int, end: Int)? {
        var i = offset
        let spaceBefore = i < bytes.count && bytes[i] == space
        if spaceBefore { i += 1 }
        guard let afterDash = dash(bytes, at: i) else { return nil }
        let hyphenated = afterDash == i + 1
        i = afterDash
        let spaceAfter = i < bytes.count && bytes[i] == space
        if spaceAfter { i += 1 }
        if hyphenated && (spaceBefore || spaceAfter) { return nil }
        let digitsStart = i
        var value = 0
        while i < bytes.count, isDigit(bytes[i]), i - digitsStart < maxDigits {
            value = value * 10 + Int(bytes[i] - zero)
            i += 1
        }
        guard i > digitsStart else { return nil }
        if i < bytes.count, isDigit(bytes[i]) || bytes[i] == hyphen || bytes[i] == slash { return nil }
        if i + 1 < bytes.count, bytes[i] == period || bytes[i] == comma, isDigit(bytes[i + 1]) { return nil }
        if i < bytes.count, isLetter(bytes[i]) { return nil }
        return (value, i)
    }

    /// A number of at most two digits ending right before `offset`, before a dash (spaced as in `numberAfter`): the
    /// "3" of "3-5 February"; with the UTF-8 offset where it starts.
    static func numberBefore(_ bytes: [UInt8], _ offset: Int) -> (value: Int, start: Int)? {
        var i = offset
        let spaceAfter = i > 0 && bytes[i - 1] == space
        if spaceAfter { i -= 1 }
        guard let beforeDash = dashEnding(bytes, at: i) else { return nil }
        let hyphenated = beforeDash == i - 1
        i = beforeDash
        let spaceBefore = i > 0 && bytes[i - 1] == space
        if spaceBefore { i -= 1 }
        if hyphenated && (spaceBefore || spaceAfter) { return nil }
        let digitsEnd = i
        var value = 0, scale = 1
        while i > 0, isDigit(bytes[i - 1]), digitsEnd - i < 2 {
            value += Int(bytes[i - 1] - zero) * scale
            scale *= 10
            i -= 1
        }
        guard i < digitsEnd else { return nil }
        if i > 0, isDigit(bytes[i - 1]) || isLetter(bytes[i - 1]) || bytes[i - 1] == hyphen || bytes[i - 1] == slash
            || bytes[i - 1] == period || bytes[i - 1] == comma || bytes[i - 1] == 0x24 { return nil }
        return (value, i)
    }

    /// The bare day of a second date joined by "and", "or" or "&" right after `offset`: the "25" of "April 24 and
    /// 25", an ordinal suffix allowed; with the UTF-8 offsets where the number starts and ends. Nil when a word or a
    /// number follows it ("April 24 and 25 people").
    static func coordinatedDay(_ bytes: [UInt8], _ offset: Int) -> (value: Int, start: Int, end: Int)? {
        var i = offset
        guard i < bytes.count, bytes[i] == space else { return nil }
        i += 1
        let joiner = [[0x61, 0x6E, 0x64], [0x6F, 0x72], [0x26]].first { word in
            i + word.count < bytes.count && Array(bytes[i..<i + word.count]) == word.map(UInt8.init)
        }
        guard let joiner else { return nil }
        i += joiner.count
        guard i < bytes.count, bytes[i] == space else { return nil }
        i += 1
        let start = i
        var value = 0
        while i < bytes.count, isDigit(bytes[i]), i - start < 2 {
            value = value * 10 + Int(bytes[i] - zero)
            i += 1
        }
        guard i > start, (1...31).contains(value), !(i < bytes.count && isDigit(bytes[i])) else { return nil }
        let end = i
        // An ordinal suffix: "24th and 25th".
        if i + 1 < bytes.count, isLetter(bytes[i]), isLetter(bytes[i + 1]), !(i + 2 < bytes.count && isLetter(bytes[i + 2])) {
            i += 2
        }
        if i < bytes.count, isLetter(bytes[i]) { return nil }
        // What follows must end the phrase: punctuation, or a word that is not counted ("25 people", "25 percent").
        var j = i
        while j < bytes.count, bytes[j] == space { j += 1 }
        if j < bytes.count, isLetter(bytes[j]) || isDigit(bytes[j]) || bytes[j] == 0x25 {
            return j == i ? nil : (startsClause(bytes, j) ? (value, start, max(end, i)) : nil)
        }
        return (value, start, max(end, i))
    }

    /// Words that may follow a coordinated day and start something else: "April 24 and 25 in Washington".
    private static let clauseStarts: [[UInt8]] = ["in", "at", "on", "when", "while", "as", "after", "before", "to", "and", "but", "with", "for"]
        .map { Array($0.utf8) }

    private static func startsClause(_ bytes: [UInt8], _ j: Int) -> Bool {
        clauseStarts.contains { word in
            j + word.count <= bytes.count && Array(bytes[j..<j + word.count]) == word
                && !(j + word.count < bytes.count && isLetter(bytes[j + word.count]))
        }
    }

    /// The offset after a hyphen or an en dash at `i`.
    private static func dash(_ bytes: [UInt8], at i: Int) -> Int? {
        if i < bytes.count, bytes[i] == hyphen { return i + 1 }
        if i + 2 < bytes.count, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 { return i + 3 }
        return nil
    }

    /// The offset where a hyphen or an en dash ending at `i` starts.
    private static func dashEnding(_ bytes: [UInt8], at i: Int) -> Int? {
        if i >= 1, bytes[i - 1] == hyphen { return i - 1 }
        if i >= 3, bytes[i - 3] == 0xE2, bytes[i - 2] == 0x80, bytes[i - 1] == 0x93 { return i - 3 }
        return nil
    }

    private static let space: UInt8 = 0x20, hyphen: UInt8 = 0x2D, slash: UInt8 = 0x2F, period: UInt8 = 0x2E
    private static let comma: UInt8 = 0x2C, zero: UInt8 = 0x30

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// The last day of a range that starts on `first` and ends at the dashed `number`: a day of the same month
    /// ("3-5"), or a year written in two or four digits ("1990-91", "1990-1991"); nil when that is no later date.
    static func lastDay(of first: CalendarDate, number: Int, granularity: Granularity) -> CalendarDate? {
        switch granularity {
        case .day:
            return CalendarDate(year: first.year, month: first.month, day: number)
        case .year:
            let year: Int
            if number >= 1000 {
                year = number
            } else if number < 100 {
                year = first.year - first.year % 100 + number
            } else {
                return nil
            }
            guard year > first.year, year - first.year <= 99 else { return nil }
            return CalendarDate(year: year, month: 1, day: 1)
        default:
            return nil
        }
    }

    /// The value of a range that runs from `first` to `last` inclusive, written as `first`'s value; nil when the
    /// days are out of order.
    static func range(from first: CalendarDate, to last: CalendarDate, granularity: Granularity) -> (TemporalValue, TemporalValue)? {
        guard first < last else { return nil }
        switch granularity {
        case .day:
            guard let interval = DayInterval(start: first, end: last) else { return nil }
            return (TemporalValue(type: .date, value: first.iso, granularity: .day, interval: interval),
                    TemporalValue(type: .date, value: last.iso, granularity: .day, interval: DayInterval(day: last)))
        case .year:
            guard let end = CalendarDate(year: last.year, month: 12, day: 31),
                  let interval = DayInterval(start: first, end: end),
                  let lastYear = DayInterval(start: last, end: end) else { return nil }
            return (TemporalValue(type: .date, value: TimexFormatting.pad(first.year, 4), granularity: .year, interval: interval),
                    TemporalValue(type: .date, value: TimexFormatting.pad(last.year, 4), granularity: .year, interval: lastYear))
        default:
            return nil
        }
    }
}
