import TextAnalysis

/// The part of a clause that says who reported something: "the Kremlin announced on Thursday",
/// "On July 23, Peskov stated that", "according to state media".
///
/// Positions are indices into the clause's `tokens`. The reported content is the run of the clause
/// right after a leading frame or right before a trailing one. A date inside the frame dates the
/// statement; a date in the content dates what was reported.
struct ReportingFrame: Equatable {
    enum ContentSide { case before, after }
    var range: Range<Int>
    var verb: Int
    var content: ContentSide
    /// "denied", "refuted", "rejected the report": the content is denied, not reported.
    var isDenial: Bool

    /// Longest subject between the clause (or comma) and the verb: "Kremlin spokesperson Dmitry Peskov".
    static let maximumSubjectWords = 8
    /// Longest introduction kept with a leading frame: "On July 23,", "Speaking to reporters on July 15,".
    static let maximumIntroductionWords = 7
    /// Longest listener after "told": "told Russian state media".
    static let maximumListenerWords = 4
    /// How many tokens (words and marks) back a subject or introduction may reach.
    static let maximumSubjectTokens = 24

    /// The frames of a clause, left to right, never overlapping. `mentionEnds` maps the clause position
    /// where a time expression starts to the position just after it.
    static func frames(in clause: Clause, article: ArticleText, mentionEnds: [Int: Int]) -> [ReportingFrame] {
        let scan = FrameScanner(clause: clause, article: article, mentionEnds: mentionEnds)
        var frames: [ReportingFrame] = []
        var taken = 0
        var p = 0
        while p < scan.count {
            if let frame = scan.frame(at: p, after: taken) {
                frames.append(frame)
                taken = frame.range.upperBound
                p = max(p + 1, frame.range.upperBound)
            } else {
                p += 1
            }
        }
        return frames
    }
}

/// The clause-level reading behind `ReportingFrame.frames`.
private struct FrameScanner {
    let clause: Clause
    let article: ArticleText
    let mentionEnds: [Int: Int]
    var count: Int { clause.tokens.count }

    func token(_ p: Int) -> Token { article.tokens[clause.tokens[p]] }
    func lower(_ p: Int) -> String { token(p).lower }
    func isWord(_ p: Int) -> Bool { token(p).kind != .punctuation }
    func words(_ r: Range<Int>) -> Int { r.filter(isWord).count }

    /// True when `r` holds at least `n` words; stops counting there.
    func hasWords(_ r: Range<Int>, atLeast n: Int) -> Bool {
        var found = 0
        for q in r where isWord(q) {
            found += 1
            if found >= n { return true }
        }
        return n <= 0
    }

    func frame(at p: Int, after taken: Int) -> ReportingFrame? {
        // A cue is a lower-case word, or capitalized only because it opens the sentence ("Speaking to ...").
        guard isWord(p), !token(p).isCapitalized || article.openingTokens.contains(clause.tokens[p]) else { return nil }
        let w = lower(p)
        if let phrase = ReportingCues.phrases.first(where: { $0[0] == w && matches($0, at: p) }) {
            return phraseFrame(phrase, at: p, after: taken)
        }
        let denial = ReportingCues.denialVerbs.contains(w) || (ReportingCues.weakDenialVerbs.contains(w) && hasReportObject(after: p))
        guard ReportingCues.verbs.contains(w) || denial, isVerbUse(p) else { return nil }
        let segment = segmentStart(before: p, after: taken)
        guard segment >= p - ReportingFrame.maximumSubjectTokens, words(segment..<p) <= ReportingFrame.maximumSubjectWords else { return nil }
        var end = p + 1
        if ReportingCues.listenerVerbs.contains(w) { end = skipListener(from: end) }
        if ReportingCues.mediumVerbs.contains(w) { end = skipMedium(from: end) }
        let beforeDates = end
        end = skipDates(from: end)
        let wordsBefore = hasWords(taken..<segment, atLeast: 1) ? 1 : 0
        if end < count, lower(end) == "that" || lower(end) == ":" {
            return leading(segment, end + 1, verb: p, taken: taken, denial: denial)
        }
        if end < count, ClauseCues.openingQuotes.contains(lower(end)), !token(end).isGlued {
            return leading(segment, end, verb: p, taken: taken, denial: denial)
        }
        if end >= count || isClosingMark(end) {
            // "Peskov told reporters on Tuesday." is a dated statement with nothing reported in the clause.
            guard wordsBefore > 0 else { return end > beforeDates ? leading(segment, end, verb: p, taken: taken, denial: denial) : nil }
            return ReportingFrame(range: segment..<end, verb: p, content: .before, isDenial: denial)
        }
        // "..., said Kremlin spokesman Dmitry Peskov."
        if segment == p, wordsBefore > 0, words(end..<nextComma(from: end)) <= ReportingFrame.maximumSubjectWords,
           token(end).isCapitalized || ["the", "a"].contains(lower(end)) {
            return ReportingFrame(range: segment..<nextComma(from: end), verb: p, content: .before, isDenial: denial)
        }
        // A bare complement is reported content only when it reads as a clause ("said the dam was safe",
        // not "confirmed the visit"); a denial denies its object either way.
        guard hasWords(end..<count, atLeast: 2), !CueWords.objectPrepositions.contains(lower(end)),
              denial || hasVerb(in: end..<min(count, end + CueWords.complementVerbReach)) else { return nil }
        return leading(segment, end, verb: p, taken: taken, denial: denial)
    }

    private func leading(_ segment: Int, _ end: Int, verb: Int, taken: Int, denial: Bool) -> ReportingFrame {
        let isShort = segment - taken <= ReportingFrame.maximumSubjectTokens && words(taken..<segment) <= ReportingFrame.maximumIntroductionWords
        let start = isShort ? taken : segment
        return ReportingFrame(range: start..<end, verb: verb, content: .after, isDenial: denial)
    }

    private func phraseFrame(_ phrase: [String], at p: Int, after taken: Int) -> ReportingFrame? {
        let end = p + phrase.count
        if ReportingCues.closingPhrases.contains(phrase) {
            if !hasWords(taken..<p, atLeast: 1) {
                // "According to state media, ..." frames up to the comma.
                let comma = nextComma(from: end)
                guard comma < count else { return nil }
                return ReportingFrame(range: p..<(comma + 1), verb: p, content: .after, isDenial: false)
            }
            return ReportingFrame(range: p..<nextComma(from: end), verb: p, content: .before, isDenial: false)
        }
        return leading(segmentStart(before: p, after: taken), end, verb: p, taken: taken, denial: false)
    }

    private func matches(_ phrase: [String], at p: Int) -> Bool {
        guard p + phrase.count <= count else { return false }
        return phrase.indices.allSatisfy { lower(p + $0) == phrase[$0] }
    }

    /// Where the subject of a verb at `p` can start: after the nearest comma, colon, bracket or quote
    /// (looking back no further than a subject can reach).
    private func segmentStart(before p: Int, after taken: Int) -> Int {
        var q = p
        let limit = max(taken, p - ReportingFrame.maximumSubjectTokens - 1)
        while q > limit {
            let t = lower(q - 1)
            if t == "," || t == ":" || t == "(" || t == ";" || ClauseCues.openingQuotes.contains(t)
                || ClauseCues.closingQuotes.contains(t) || ClauseCues.dashes.contains(t) && !token(q - 1).isGlued {
                break
            }
            q -= 1
        }
        return q
    }

    /// Words that are verbs only sometimes ("reports", "state", "note") count when a name or pronoun precedes.
    private func isVerbUse(_ p: Int) -> Bool {
        guard Self.nounOrVerb.contains(lower(p)) else { return true }
        guard p > 0, isWord(p - 1) else { return false }
        return token(p - 1).isCapitalized && !StopWords.contains(lower(p - 1)) || Self.pronouns.contains(lower(p - 1))
    }

    private static let nounOrVerb: Set<String> = [
        "report", "reports", "state", "states", "note", "notes", "claim", "claims", "warning", "stress", "add",
        "posted", "quoted", "agreed", "speaking", "write", "warn", "inform", "assure",
    ]
    private static let pronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "you", "who", "which"]

    /// True when a finite verb shows in `r`: an auxiliary, a modal, a common irregular past or an "-ed" word.
    private func hasVerb(in r: Range<Int>) -> Bool {
        r.contains { q in
            let w = lower(q)
            return isWord(q) && (CueWords.finiteVerbs.contains(w) || w.hasSuffix("ed") && w.count > 4)
        }
    }

    private func hasReportObject(after p: Int) -> Bool {
        (p + 1..<min(count, p + 5)).contains { ReportingCues.reportNouns.contains(lower($0)) }
    }

    private func skipListener(from start: Int) -> Int {
        var q = start
        if q < count, lower(q) == "to" { q += 1 } // "speaking to reporters"
        var taken = 0
        while q < count, taken < ReportingFrame.maximumListenerWords, isWord(q), mentionEnds[q] == nil,
              lower(q) != "that", !CueWords.objectPrepositions.contains(lower(q)), !CueWords.dateLeadWords.contains(lower(q)) {
            q += 1
            taken += 1
        }
        return q
    }

    /// The medium after a broadcasting verb ("on state television"), unless the preposition opens a date ("on Friday").
    private func skipMedium(from start: Int) -> Int {
        guard start + 1 < count, ReportingCues.mediumPrepositions.contains(lower(start)), mentionEnds[start + 1] == nil else { return start }
        var q = start + 1
        var taken = 0
        while q < count, taken < ReportingFrame.maximumListenerWords, isWord(q), mentionEnds[q] == nil,
              !CueWords.dateLeadWords.contains(lower(q)) {
            q += 1
            taken += 1
        }
        return q
    }

    /// Past time expressions right after the verb ("said on Tuesday", "said late Wednesday").
    private func skipDates(from start: Int) -> Int {
        var end = start
        while true {
            var q = end
            var leads = 0
            while q < count, leads < 2, mentionEnds[q] == nil, CueWords.dateLeadWords.contains(lower(q)) {
                q += 1
                leads += 1
            }
            guard let after = mentionEnds[q] else { return end }
            end = after
        }
    }

    private func isClosingMark(_ p: Int) -> Bool {
        let t = lower(p)
        return t == "," || t == "." || t == "!" || t == "?" || t == ")" || ClauseCues.closingQuotes.contains(t) && token(p).isGlued
    }

    private func nextComma(from p: Int) -> Int {
        var q = p
        while q < count, lower(q) != "," { q += 1 }
        return q
    }
}
