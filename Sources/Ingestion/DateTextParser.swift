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
/// `July 25, 2024`, `Jul. 25 2024`, `25 July 2024`, `Thu, 25 Jul 2024`, `July 25`.
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
