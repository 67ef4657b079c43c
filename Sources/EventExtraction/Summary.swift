import TextAnalysis

/// Builds a short readable sentence from some tokens of a clause: the words as written, without
/// leading conjunctions and dangling punctuation, capitalized and closed with a period.
enum Summary {
    static let maximumLength = 240
    /// A sentence longer than this many tokens is never used whole as a summary.
    static let maximumSentenceTokens = 90

    /// Words dropped from the start of a summary ("but Turkish officials denied ...").
    static let leadingWords: Set<String> = [
        "and", "but", "yet", "so", "while", "whereas", "although", "though", "that", "however", "where", "furthermore",
        "moreover", "meanwhile",
    ]
    /// Marks dropped from either end.
    static let danglingMarks: Set<String> = [",", ";", ":", "\u{2014}", "\u{2013}", "-", "(", "."]

    /// `tokens` are article token indices in order; `removing` are left out.
    static func text(of tokens: [Int], removing: Set<Int> = [], article: ArticleText) -> String {
        var kept = tokens.filter { !removing.contains($0) }
        while let first = kept.first {
            let t = article.tokens[first]
            guard danglingMarks.contains(t.lower) || leadingWords.contains(t.lower) else { break }
            kept.removeFirst()
        }
        while let last = kept.last, danglingMarks.contains(article.tokens[last].lower) || article.tokens[last].lower == ")" && !kept.dropLast().contains(where: { article.tokens[$0].lower == "(" }) {
            kept.removeLast()
        }
        guard !kept.isEmpty else { return "" }
        var bytes: [UInt8] = []
        var previous: Int?
        for i in kept {
            let t = article.tokens[i]
            if previous != nil, !t.isGlued || (t.kind != .punctuation && previous != i - 1) { bytes.append(32) }
            bytes.append(contentsOf: article.utf8[t.utf8Start..<t.utf8End])
            previous = i
        }
        var text = balancedQuotes(String(decoding: bytes, as: UTF8.self))
        // A quotation ending in a comma ends the summary: `..., relations,”` becomes `..., relations.”`
        for quote in ["\u{201D}", "\""] where text.hasSuffix("," + quote) {
            text = String(text.dropLast(2)) + "." + quote
        }
        while let last = text.last, [",", ";", ":", " "].contains(last) { text.removeLast() }
        if let first = text.first, first.isLowercase {
            text = first.uppercased() + text.dropFirst()
        }
        if let last = text.unicodeScalars.last, !".!?\u{2026}\u{201D}\"".unicodeScalars.contains(last) {
            text += "."
        }
        return shortened(text)
    }

    /// Drops a quotation mark whose partner lies outside the summary.
    static func balancedQuotes(_ text: String) -> String {
        var s = text
        var opens = 0, closes = 0, straight = 0
        for u in s.unicodeScalars {
            switch u {
            case "\u{201C}": opens += 1
            case "\u{201D}": closes += 1
            case "\"": straight += 1
            default: break
            }
        }
        if opens > closes, s.hasPrefix("\u{201C}") { s.removeFirst() }
        if closes > opens, s.hasSuffix("\u{201D}") { s.removeLast() }
        if straight % 2 == 1 {
            if s.hasPrefix("\"") { s.removeFirst() } else if s.hasSuffix("\"") { s.removeLast() }
        }
        return s
    }

    /// Cuts a long summary at a word boundary and marks the cut with an ellipsis.
    static func shortened(_ text: String) -> String {
        guard text.count > maximumLength else { return text }
        let cut = text.prefix(maximumLength)
        let head = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return head.trimmingCharacters(in: [",", ";", ":", " "]) + "\u{2026}"
    }
}

private extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = self
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
