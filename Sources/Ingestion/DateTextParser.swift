import Foundation

/// A date as written in text: a year, month and day, or a month and day alone (a dateline
/// such as "MOSCOW, July 25 (Reuters) -"). The numbers are as written and may name no real day.
struct WrittenDate: Equatable {
    var year: Int?
    var month: Int
    var day: Int
    /// The words as they appear, for evidence.
    var text: String
    /// Character offset of the first character in the searched text.
    var offset: Int

    /// The day, nil when the year is missing or the day does not exist.
    var date: CalendarDate? { year.flatMap { CalendarDate(year: $0, month: month, day: day) } }
}

/// Reads dates written as `2024-07-25` (also as the start of a timestamp), `2024/07/25`,
/// `July 25, 2024`, `Jul. 25 2024`, `25 July 2024`, `Thu, 25 Jul 2024`, `July 25`, and numeric dates
/// (`07/25/2024`, `25.07.2024`) whose order only one reading allows: `05/07/2024` could be May or July and
/// is not read at all, never guessed.
///
/// Recognition only: which date counts as the publication date is decided elsewhere.
enum DateTextParser {
    enum ValueResult: Equatable {
        case date(CalendarDate)
        /// It has the shape of a date but names no real day (2024-02-30, 2024-13-01).
        case invalid
        case notADate
    }

    /// The parts a written date is made of, in the orders English news uses, longest first.
    private enum Part { case month, day, year }
    private static let patterns: [[Part]] = [
        [.month, .day, .year],
        [.day, .month, .year],
        [.month, .day],
        [.day, .month],
    ]

    /// What may stand between the parts of a written date.
    private static let joiners: Set<Character> = [" ", "\t", ",", ".", "\u{00A0}"]
    private static let maxJoinerLength = 4
    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Parses a whole metadata value (front matter, manifest, JSON field, HTML attribute):
    /// an ISO date or timestamp keeps its own calendar day, whatever its zone offset.
    static func parseValue(_ value: String) -> ValueResult {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        let chars = Array(trimmed)
        if chars.count == 8, chars.allSatisfy(\.isASCIIDigit), let n = Int(trimmed) {
            return CalendarDate(year: n / 10_000, month: n / 100 % 100, day: n % 100).map(ValueResult.date) ?? .invalid
        }
        let tokens = tokenize(chars)
        if let first = tokens.first, case .iso(let y, let m, let d) = first.kind, first.start == 0 {
            return CalendarDate(year: y, month: m, day: d).map(ValueResult.date) ?? .invalid
        }
        guard let found = matches(tokens, in: chars).first(where: { $0.year != nil }) else { return .notADate }
        return found.date.map(ValueResult.date) ?? .invalid
    }

    /// Every date written in `text`, in order, including month-day dates without a year.
    static func dates(in text: String) -> [WrittenDate] {
        let chars = Array(text)
        return matches(tokenize(chars), in: chars)
    }

    // MARK: Tokens

    private enum Kind: Equatable {
        case word(String)
        case number(Int, digits: Int)
        case iso(Int, Int, Int)
        /// `NN/NN/YYYY`, `NN.NN.YYYY` or `NN-NN-YYYY`: two numbers in an order still to be told, and the year.
        case numeric(Int, Int, year: Int)
    }

    private struct Token {
        var kind: Kind
        var start: Int
        var end: Int
    }

    private static func tokenize(_ chars: [Character]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        while i < chars.count {
            let start = i
            if chars[i].isLetter {
                while i < chars.count, chars[i].isLetter { i += 1 }
                tokens.append(Token(kind: .word(String(chars[start..<i]).lowercased()), start: start, end: i))
            } else if chars[i].isASCIIDigit {
                while i < chars.count, chars[i].isASCIIDigit { i += 1 }
                let digits = String(chars[start..<i])
                if digits.count == 4, let iso = isoTail(chars, from: i), let y = Int(digits) {
                    i = iso.end
                    tokens.append(Token(kind: .iso(y, iso.month, iso.day), start: start, end: i))
                    continue
                }
                if digits.count <= 2, let numeric = numericTail(chars, from: i), let first = Int(digits) {
                    i = numeric.end
                    tokens.append(Token(kind: .numeric(first, numeric.second, year: numeric.year), start: start, end: i))
                    continue
                }
                var end = i
                if i + 2 <= chars.count, ordinalSuffixes.contains(String(chars[i..<i + 2]).lowercased()),
                   i + 2 == chars.count || !chars[i + 2].isLetter {
                    end = i + 2
                }
                tokens.append(Token(kind: .number(Int(digits) ?? -1, digits: digits.count), start: start, end: end))
                i = end
            } else {
                i += 1
            }
        }
        return tokens
    }

    /// `-MM-DD` or `/MM/DD` right after four digits.
    private static func isoTail(_ chars: [Character], from i: Int) -> (month: Int, day: Int, end: Int)? {
        guard i + 6 <= chars.count, chars[i] == "-" || chars[i] == "/", chars[i + 3] == chars[i],
              chars[i + 1].isASCIIDigit, chars[i + 2].isASCIIDigit, chars[i + 4].isASCIIDigit, chars[i + 5].isASCIIDigit,
              i + 6 == chars.count || !chars[i + 6].isASCIIDigit,
              let m = Int(String(chars[i + 1...i + 2])), let d = Int(String(chars[i + 4...i + 5])) else { return nil }
        return (m, d, i + 6)
    }

    /// `/NN/YYYY`, `.NN.YYYY` or `-NN-YYYY` (one or two digits, the same separator twice) right after a number.
    private static func numericTail(_ chars: [Character], from i: Int) -> (second: Int, year: Int, end: Int)? {
        guard i < chars.count, chars[i] == "/" || chars[i] == "." || chars[i] == "-" else { return nil }
        let separator = chars[i]
        var j = i + 1
        let secondStart = j
        while j < chars.count, chars[j].isASCIIDigit, j - secondStart < 2 { j += 1 }
        guard j > secondStart, j < chars.count, chars[j] == separator, let second = Int(String(chars[secondStart..<j])) else { return nil }
        j += 1
        let yearStart = j
        while j < chars.count, chars[j].isASCIIDigit, j - yearStart < 4 { j += 1 }
        guard j - yearStart == 4, j == chars.count || !chars[j].isASCIIDigit, let year = Int(String(chars[yearStart..<j])) else { return nil }
        return (second, year, j)
    }

    /// Month and day of a numeric date when only one order names a real month: `25.07.2024` is day first,
    /// `07/25/2024` month first; nil when both orders could hold (`05/07/2024`), unless the numbers are equal.
    private static func unambiguous(_ first: Int, _ second: Int) -> (month: Int, day: Int)? {
        if first == second, (1...12).contains(first) { return (first, second) }
        if first > 12, (1...12).contains(second), first <= 31 { return (second, first) }
        if second > 12, (1...12).contains(first), second <= 31 { return (first, second) }
        return nil
    }

    // MARK: Patterns

    private static func matches(_ tokens: [Token], in chars: [Character]) -> [WrittenDate] {
        var found: [WrittenDate] = []
        var i = 0
        while i < tokens.count {
            if case .iso(let y, let m, let d) = tokens[i].kind {
                found.append(WrittenDate(year: y, month: m, day: d, text: String(chars[tokens[i].start..<tokens[i].end]), offset: tokens[i].start))
                i += 1
                continue
            }
            if case .numeric(let a, let b, let y) = tokens[i].kind {
                if let (m, d) = unambiguous(a, b) {
                    found.append(WrittenDate(year: y, month: m, day: d, text: String(chars[tokens[i].start..<tokens[i].end]), offset: tokens[i].start))
                }
                i += 1
                continue
            }
            if let (date, count) = match(at: i, tokens, chars) {
                found.append(date)
                i += count
            } else {
                i += 1
            }
        }
        return found
    }

    private static func match(at i: Int, _ tokens: [Token], _ chars: [Character]) -> (WrittenDate, Int)? {
        patternLoop: for pattern in patterns where i + pattern.count <= tokens.count {
            var year: Int?, month = 0, day = 0
            for (k, part) in pattern.enumerated() {
                let token = tokens[i + k]
                if k > 0, !joined(chars, from: tokens[i + k - 1].end, to: token.start) { continue patternLoop }
                switch (part, token.kind) {
                case (.month, .word(let w)):
                    guard let m = CalendarNames.month(w) else { continue patternLoop }
                    month = m
                case (.day, .number(let n, let digits)) where digits <= 2 && (1...31).contains(n):
                    day = n
                case (.year, .number(let n, let digits)) where digits == 4 && n >= 1:
                    year = n
                default:
                    continue patternLoop
                }
            }
            let start = tokens[i].start, end = tokens[i + pattern.count - 1].end
            return (WrittenDate(year: year, month: month, day: day, text: String(chars[start..<end]), offset: start), pattern.count)
        }
        return nil
    }

    private static func joined(_ chars: [Character], from a: Int, to b: Int) -> Bool {
        b - a <= maxJoinerLength && chars[a..<b].allSatisfy { joiners.contains($0) }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
