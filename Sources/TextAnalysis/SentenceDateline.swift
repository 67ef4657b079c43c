/// Recognizes news datelines: `MOSCOW, July 25 (Reuters) -`, `BEIRUT, Lebanon (AP) —`, or a place name in
/// capitals on a line of its own.
///
/// A dateline opens with a word in capitals, holds only capitalized words, numbers and a parenthesized
/// agency, and ends at a dash within its first `maximumLength` scalars.
enum SentenceDateline {
    static let maximumLength = 100
    static let maximumWords = 12
    static let maximumStandaloneWords = 3

    /// The dateline at the start of `block` (without its dash) and where the story after it starts.
    static func match(_ block: Range<Int>, in s: [Unicode.Scalar]) -> (dateline: Range<Int>, rest: Int)? {
        let limit = min(block.upperBound, block.lowerBound + maximumLength)
        var p = block.lowerBound
        while p < limit, !isSeparator(at: p, in: s, block: block) { p += 1 }
        guard p < limit else { return nil }
        let prefix = SentenceScalars.trim(block.lowerBound..<p, in: s)
        guard !prefix.isEmpty, acceptsWords(prefix, in: s, maximum: maximumWords) else { return nil }
        var rest = p
        while rest < block.upperBound, SentenceScalars.dashes.contains(s[rest]) || SentenceScalars.isSpace(s[rest]) {
            rest += 1
        }
        guard rest < block.upperBound, !SentenceScalars.isLowercase(s[rest]) else { return nil }
        return (prefix, rest)
    }

    /// True when the whole block is a short line of capitals such as `MOSCOW`.
    static func isStandalone(_ block: Range<Int>, in s: [Unicode.Scalar]) -> Bool {
        let words = words(block, in: s, upTo: maximumStandaloneWords + 1)
        guard !words.isEmpty, words.count <= maximumStandaloneWords else { return false }
        return words.allSatisfy { isCapitalsWord($0, in: s) }
    }

    /// A dash with spaces around it (or a doubled hyphen), or an em or en dash.
    private static func isSeparator(at p: Int, in s: [Unicode.Scalar], block: Range<Int>) -> Bool {
        let c = s[p]
        guard SentenceScalars.dashes.contains(c), p > block.lowerBound, p + 1 < block.upperBound else { return false }
        if c != "-" { return true }
        let before = s[p - 1], after = s[p + 1]
        return (SentenceScalars.isSpace(before) || before == ")") && (SentenceScalars.isSpace(after) || after == "-")
    }

    private static func acceptsWords(_ r: Range<Int>, in s: [Unicode.Scalar], maximum: Int) -> Bool {
        let words = words(r, in: s, upTo: maximum + 1)
        guard let first = words.first, words.count <= maximum, isCapitalsWord(first, in: s) else { return false }
        var inParentheses = false
        for w in words {
            if s[w.lowerBound] == "(" { inParentheses = true }
            if inParentheses {
                if s[w].contains(")") { inParentheses = false }
                continue
            }
            let c = s[w.lowerBound]
            guard SentenceScalars.isUppercase(c) || SentenceScalars.isDigit(c) else { return false }
        }
        return true
    }

    /// Letters all in capitals, at least two of them; periods, hyphens, apostrophes and a final comma allowed.
    private static func isCapitalsWord(_ w: Range<Int>, in s: [Unicode.Scalar]) -> Bool {
        var letters = 0
        for c in s[w] {
            if SentenceScalars.isLetter(c) {
                guard SentenceScalars.isUppercase(c) else { return false }
                letters += 1
            } else if !capitalsWordMarks.contains(c) {
                return false
            }
        }
        return letters >= 2
    }

    private static let capitalsWordMarks = ScalarSet([".", ",", "-", "'", "\u{2019}"])

    /// The first `limit` white-space separated words of `r`.
    private static func words(_ r: Range<Int>, in s: [Unicode.Scalar], upTo limit: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = r.lowerBound
        while i < r.upperBound, result.count < limit {
            while i < r.upperBound, SentenceScalars.isSpace(s[i]) { i += 1 }
            let start = i
            while i < r.upperBound, !SentenceScalars.isSpace(s[i]) { i += 1 }
            if i > start { result.append(start..<i) }
        }
        return result
    }
}
