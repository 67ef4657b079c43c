import TextAnalysis

/// An article prepared once for extraction: its scalars, tokens, sentences, and the names it spells
/// with a capital in the middle of a sentence.
struct ArticleText {
    /// The text in UTF-8; tokens carry their UTF-8 offsets, so cutting text out needs no walk.
    let utf8: [UInt8]
    let tokens: [Token]
    let sentences: [Sentence]
    /// Token indices of each sentence, parallel to `sentences`.
    let sentenceTokens: [Range<Int>]
    /// Token indices where a sentence (or a quotation) starts: a capital there says nothing about names.
    let openingTokens: Set<Int>
    /// Lower-cased words written with a capital somewhere other than at an opening: names the article uses.
    let knownNames: Set<String>

    init(_ text: String) {
        utf8 = Array(text.utf8)
        tokens = Tokenizer.tokenize(text)
        sentences = SentenceSplitter.split(text)
        var ranges: [Range<Int>] = []
        var t = 0
        for s in sentences {
            while t < tokens.count, tokens[t].start < s.start { t += 1 }
            let lo = t
            while t < tokens.count, tokens[t].end <= s.end { t += 1 }
            ranges.append(lo..<t)
        }
        sentenceTokens = ranges
        var openings = Set<Int>()
        var names = Set<String>()
        for (range, sentence) in zip(ranges, sentences) {
            var atOpening = true
            for i in range {
                let token = tokens[i]
                if token.kind == .punctuation {
                    if ClauseCues.openingQuotes.contains(token.lower) && !token.isGlued || token.lower == ":" {
                        atOpening = true
                    }
                    continue
                }
                if atOpening { openings.insert(i) }
                if token.isCapitalized, !atOpening, sentence.kind == .text { names.insert(token.lower) }
                atOpening = false
            }
        }
        openingTokens = openings
        knownNames = names
    }

    /// The text from the start of token `first` to the end of token `last`, as written.
    func text(from first: Int, to last: Int) -> String {
        guard first >= 0, last < tokens.count, first <= last else { return "" }
        return text(utf8: tokens[first].utf8Start..<tokens[last].utf8End)
    }

    func text(utf8 range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, utf8.count))
        let hi = max(lo, min(range.upperBound, utf8.count))
        return String(decoding: utf8[lo..<hi], as: UTF8.self)
    }

    func isWord(_ i: Int) -> Bool { tokens[i].kind != .punctuation }
}
