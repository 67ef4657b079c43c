/// Small facts about single scalars that sentence splitting needs.
enum SentenceScalars {
    static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{0085}", "\u{2028}", "\u{2029}"]
    /// Marks that can end a sentence.
    static let terminals: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}"]
    /// Marks that may follow the end of a sentence and still belong to it.
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{00BB}", "*", "_"]
    /// Dashes that separate a dateline from the story.
    static let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}", "\u{2012}", "\u{2015}"]

    static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
    static func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.properties.numericType == .decimal }

    /// True when a word in lower case starts at `i`; a word like "iPhone" or "eBay", with a capital among
    /// its first letters, counts as capitalized.
    static func startsLowerCaseWord(at i: Int, in s: [Unicode.Scalar], before end: Int) -> Bool {
        guard i < end, s[i].properties.isLowercase else { return false }
        var j = i + 1
        while j < min(end, i + 4), isLetter(s[j]) {
            if s[j].properties.isUppercase { return false }
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
