import TextAnalysis

/// Which tokens of a sentence are inside quotation marks.
///
/// A relative time expression inside a quotation ("our meeting today", said at the meeting) counts from
/// the day the words were spoken, which the text does not give; such expressions date nothing.
enum QuotedSpans {
    /// Article token indices inside double quotation marks (curly or straight) in `range`.
    /// A closing mark with no opening one before it in the sentence closes a quotation begun earlier.
    static func quotedTokens(in range: Range<Int>, article: ArticleText) -> Set<Int> {
        var quoted = Set<Int>()
        var openedAt: Int? = nil
        var sawMark = false
        for i in range {
            let t = article.tokens[i]
            guard t.kind == .punctuation, t.lower == "\u{201C}" || t.lower == "\u{201D}" || t.lower == "\"" else { continue }
            let opens = t.lower == "\u{201C}" || (t.lower == "\"" && openedAt == nil && !(t.isGlued && i > range.lowerBound && article.isWord(i - 1)))
            if opens, openedAt == nil {
                openedAt = i
            } else if let o = openedAt {
                quoted.formUnion(o..<i)
                openedAt = nil
            } else if !sawMark {
                quoted.formUnion(range.lowerBound..<i)
            }
            sawMark = true
        }
        if let o = openedAt { quoted.formUnion(o..<range.upperBound) }
        return quoted
    }
}
