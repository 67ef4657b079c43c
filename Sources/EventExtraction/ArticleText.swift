import TextAnalysis

/// An article prepared once for extraction: its scalars, tokens, sentences, and the names it spells
/// with a capital in the middle of a sentence.
struct ArticleText {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let sentences: [Sentence]
    /// Token indices of each sentence, parallel to `sentences`.
    let sentenceTokens: [Range<Int>]
    /// Token indices where a sentence (or a quotation) starts: a capital there says nothing about names.
    let openingTokens: Set<Int>
    /// Lower-cased words written with a capital somewhere other than at an opening: names the article uses.
    let knownNames: Set<String>

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
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
        return text(scalars: tokens[first].start..<tokens[last].end)
    }

    func text(scalars range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, scalars.count))
        let hi = max(lo, min(range.upperBound, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }

    func isWord(_ i: Int) -> Bool { tokens[i].kind != .punctuation }
}
