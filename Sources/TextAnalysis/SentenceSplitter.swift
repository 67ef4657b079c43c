/// Splits text into sentences with Unicode-scalar offsets.
///
/// Handles abbreviations and initials ("Mr.", "Gen.", "U.S.", "Jan. 5", "a.m.", "George W. Bush"),
/// closing quotes after the final period, decimals, news datelines (`MOSCOW, July 25 (Reuters) -`),
/// and line structure: blank lines, headings and lines standing alone always end a sentence.
public struct SentenceSplitter {
    /// The sentences of `text`, in order, never overlapping, each trimmed of surrounding white space.
    public static func split(_ text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var spans: [Sentence] = []
        for block in SentenceBlocks.blocks(scalars) {
            spans.append(contentsOf: sentences(inBlock: block, of: scalars))
        }
        // Cut the texts in one walk over the string: the spans are in order and never overlap.
        let view = text.unicodeScalars
        var index = view.startIndex
        var offset = 0
        func advance(to target: Int) {
            while offset < target, index < view.endIndex {
                view.formIndex(after: &index)
                offset += 1
            }
        }
        for n in spans.indices {
            advance(to: spans[n].start)
            let from = index
            advance(to: spans[n].end)
            spans[n].text = String(view[from..<index])
        }
        return spans
    }

    private static func sentences(inBlock block: Range<Int>, of s: [Unicode.Scalar]) -> [Sentence] {
        if s[block.lowerBound] == "#" {
            var lo = block.lowerBound
            while lo < block.upperBound, s[lo] == "#" || SentenceScalars.isSpace(s[lo]) { lo += 1 }
            return lo < block.upperBound ? [make(lo..<block.upperBound, s, .heading)] : []
        }
        if SentenceDateline.isStandalone(block, in: s) {
            return [make(block, s, .dateline)]
        }
        var result: [Sentence] = []
        var body = block
        if let dateline = SentenceDateline.match(block, in: s) {
            result.append(make(dateline.dateline, s, .dateline))
            body = dateline.rest..<block.upperBound
        }
        var start = body.lowerBound
        for end in sentenceEnds(in: body, of: s) {
            let r = SentenceScalars.trim(start..<end, in: s)
            if !r.isEmpty { result.append(make(r, s, .text)) }
            start = end
        }
        let last = SentenceScalars.trim(start..<body.upperBound, in: s)
        if !last.isEmpty {
            let isLone = result.allSatisfy { $0.kind == .dateline }
            result.append(make(last, s, isLone && !endsLikeSentence(last, s) ? .heading : .text))
        }
        return result
    }

    /// Offsets just after each sentence-ending mark (and its closing quotes) inside the block, except the last.
    private static func sentenceEnds(in r: Range<Int>, of s: [Unicode.Scalar]) -> [Int] {
        var ends: [Int] = []
        var i = r.lowerBound
        while i < r.upperBound {
            guard SentenceScalars.terminals.contains(s[i]) else { i += 1; continue }
            var j = i
            while j < r.upperBound, SentenceScalars.terminals.contains(s[j]) { j += 1 }
            let isSinglePeriod = j == i + 1 && s[i] == "."
            while j < r.upperBound, SentenceScalars.closers.contains(s[j]) { j += 1 }
            guard j < r.upperBound, SentenceScalars.isSpace(s[j]) else { i = j; continue }
            var k = j
            while k < r.upperBound, SentenceScalars.isSpace(s[k]) { k += 1 }
            guard k < r.upperBound else { break }
            if startsNewSentence(at: k, in: r, of: s, periodAt: isSinglePeriod ? i : nil) { ends.append(j) }
            i = j
        }
        return ends
    }

    /// Whether the text at `k` opens a new sentence after a mark; `periodAt` is set when the mark was one period.
    private static func startsNewSentence(at k: Int, in r: Range<Int>, of s: [Unicode.Scalar], periodAt: Int?) -> Bool {
        let next = s[k]
        if SentenceScalars.startsLowerCaseWord(at: k, in: s, before: r.upperBound) { return false }
        guard let period = periodAt else { return true }
        let word = wordBefore(period, in: r, of: s)
        let lower = word.lowercased()
        if SentenceAbbreviations.neverFinal.contains(lower) { return false }
        if SentenceAbbreviations.beforeNumbers.contains(lower), SentenceScalars.isDigit(next) { return false }
        if isInitial(word) { return false }
        if SentenceAbbreviations.ambiguous.contains(lower) || isDottedAcronym(word) {
            return SentenceAbbreviations.sentenceOpeners.contains(nextWord(at: k, in: r, of: s).lowercased())
        }
        return true
    }

    /// The word ending just before the period at `p`, without the period ("U.S" for "U.S.").
    private static func wordBefore(_ p: Int, in r: Range<Int>, of s: [Unicode.Scalar]) -> String {
        var lo = p
        while lo > r.lowerBound, isWordScalar(s[lo - 1]) { lo -= 1 }
        return SentenceScalars.string(s, lo..<p)
    }

    private static func nextWord(at k: Int, in r: Range<Int>, of s: [Unicode.Scalar]) -> String {
        var hi = k
        while hi < r.upperBound, SentenceScalars.isLetter(s[hi]) { hi += 1 }
        return SentenceScalars.string(s, k..<hi)
    }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        SentenceScalars.isLetter(c) || SentenceScalars.isDigit(c) || c == "." || c == "-" || c == "'" || c == "\u{2019}"
    }

    /// One capital letter, as in "George W. Bush" or "J. K. Rowling".
    private static func isInitial(_ word: String) -> Bool {
        let u = Array(word.unicodeScalars)
        return u.count == 1 && SentenceScalars.isUppercase(u[0])
    }

    /// Letters separated by periods, as in "U.S", "a.m", "U.N".
    private static func isDottedAcronym(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.unicodeScalars.allSatisfy(SentenceScalars.isLetter) }
    }

    /// True when the range ends with a sentence mark, possibly followed by closing quotes.
    private static func endsLikeSentence(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        var i = r.upperBound - 1
        while i > r.lowerBound, SentenceScalars.closers.contains(s[i]) { i -= 1 }
        return SentenceScalars.terminals.contains(s[i]) || s[i] == ":"
    }

    /// A sentence span; `split` fills in its text.
    private static func make(_ r: Range<Int>, _ s: [Unicode.Scalar], _ kind: Sentence.Kind) -> Sentence {
        Sentence(text: "", start: r.lowerBound, end: r.upperBound, kind: kind)
    }
}
