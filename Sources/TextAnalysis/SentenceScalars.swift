/// Small facts about single scalars that sentence splitting needs.
enum SentenceScalars {
    static let lineBreaks = ScalarSet(["\n", "\r", "\u{0085}", "\u{2028}", "\u{2029}"])
    /// Marks that can end a sentence.
    static let terminals = ScalarSet([".", "!", "?", "\u{2026}"])
    /// Marks that may follow the end of a sentence and still belong to it.
    static let closers = ScalarSet(["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{00BB}", "*", "_"])
    /// Dashes that separate a dateline from the story.
    static let dashes = ScalarSet(["-", "\u{2013}", "\u{2014}", "\u{2012}", "\u{2015}"])

    // ASCII first: Unicode property lookups are slow, and news text is mostly ASCII.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value == 32 || (c.value >= 9 && c.value <= 13)) : c.properties.isWhitespace
    }
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? ((c.value | 0x20) >= 97 && (c.value | 0x20) <= 122) : c.properties.isAlphabetic
    }
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value >= 48 && c.value <= 57) : c.properties.numericType == .decimal
    }
    static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value >= 97 && c.value <= 122) : c.properties.isLowercase
    }
    static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase
    }

    /// True when a word in lower case starts at `i`; a word like "iPhone" or "eBay", with a capital among
    /// its first letters, counts as capitalized.
    static func startsLowerCaseWord(at i: Int, in s: [Unicode.Scalar], before end: Int) -> Bool {
        guard i < end, isLowercase(s[i]) else { return false }
        var j = i + 1
        while j < min(end, i + 4), isLetter(s[j]) {
            if isUppercase(s[j]) { return false }
            j += 1
        }
        return true
    }

    /// The range without leading and trailing white space.
    static func trim(_ r: Range<Int>, in s: [Unicode.Scalar]) -> Range<Int> {
        var lo = r.lowerBound
        var hi = r.upperBound
        while lo < hi, isSpace(s[lo]) { lo += 1 }
        while hi > lo, isSpace(s[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    static func string(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[r])
        return String(view)
    }
}

/// A small set of scalars, checked without hashing.
struct ScalarSet: Sendable {
    private let values: [UInt32]
    init(_ scalars: [Unicode.Scalar]) { values = scalars.map(\.value) }
    func contains(_ c: Unicode.Scalar) -> Bool { values.contains(c.value) }
}
