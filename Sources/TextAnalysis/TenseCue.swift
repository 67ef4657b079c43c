/// Reads the tense of the clause around a span of tokens from the verbs near it.
///
/// The nearest tense cue in the same sentence wins; a cue before the span wins a tie. Cues are
/// words from `TenseCue.words`, plus regular past forms (`-ed` words not in `notPast`).
public enum TenseCue {
    /// The tense near `range` (token indices) in `tokens`, nil when no verb shows one.
    public static func tense(of tokens: [Token], around range: Range<Int>) -> Tense? {
        guard !tokens.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return nil }
        let limit = 20
        var best: (distance: Int, tense: Tense)?
        // Backward, to the sentence start.
        var i = range.lowerBound - 1
        var steps = 0
        while i >= 0 && steps < limit {
            let t = tokens[i]
            if isSentenceBreak(t) { break }
            if let tense = cue(tokens, i) {
                best = (range.lowerBound - i, tense)
                break
            }
            if tokens[i + 1].flags.contains(.lineBreakBefore) && i + 1 < range.lowerBound { break }
            i -= 1
            steps += 1
        }
        // Forward, to the sentence end.
        var j = range.upperBound
        steps = 0
        while j < tokens.count && steps < limit {
            let t = tokens[j]
            if isSentenceBreak(t) || t.flags.contains(.lineBreakBefore) { break }
            if let tense = cue(tokens, j) {
                let distance = j - range.upperBound + 1
                if best == nil || distance < (best?.distance ?? Int.max) { best = (distance, tense) }
                break
            }
            j += 1
            steps += 1
        }
        return best?.tense
    }

    /// The tense the token at `i` shows, if any.
    static func cue(_ tokens: [Token], _ i: Int) -> Tense? {
        let t = tokens[i]
        guard t.kind == .word else { return nil }
        let w = t.lower
        if let tense = words[w] {
            // "'ll" and "'d" are only cues after an apostrophe.
            if (w == "ll" || w == "d") && !(i > 0 && tokens[i - 1].lower == "'" && t.isGlued) { return nil }
            // "going to" is future, "going" alone is not.
            if w == "going" { return i + 1 < tokens.count && tokens[i + 1].lower == "to" ? .future : nil }
            return tense
        }
        if w.utf8.count > 4 && w.hasSuffix("ed") && !notPast.contains(w) { return .past }
        return nil
    }

    static func isSentenceBreak(_ t: Token) -> Bool {
        t.kind == .punctuation && (t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == ";")
    }

    /// Words that show a tense by themselves.
    static let words: [String: Tense] = {
        var table: [String: Tense] = [:]
        for w in ["will", "ll", "shall", "would", "going", "plans", "plan", "planning", "expected", "expects", "expect",
                  "scheduled", "upcoming", "intends", "intend", "aims", "hopes", "wo", "forthcoming", "tomorrow"] {
            table[w] = .future
        }
        for w in ["was", "were", "had", "did", "said", "told", "met", "went", "came", "took", "made", "gave", "saw",
                  "left", "began", "fell", "rose", "won", "lost", "got", "held", "led", "sent", "spent", "found",
                  "thought", "knew", "became", "brought", "bought", "built", "paid", "sold", "kept", "struck", "hit",
                  "ran", "stood", "spoke", "wrote", "broke", "chose", "drove", "flew", "grew", "hung", "heard", "meant",
                  "felt", "fought", "caught", "taught", "sought", "threw", "shot", "slid", "sank", "swore", "wore",
                  "ago", "yesterday", "d", "earlier", "previously", "last", "dropped", "reported", "announced"] {
            table[w] = .past
        }
        for w in ["is", "are", "says", "say", "has", "have", "am", "does", "do"] {
            table[w] = .present
        }
        return table
    }()

    /// Words ending in -ed that are not past forms.
    static let notPast: Set<String> = [
        "need", "speed", "seed", "breed", "creed", "greed", "hundred", "united", "indeed", "naked", "sacred",
        "wicked", "wretched", "kindred", "bed", "red", "shed", "embed", "proceed", "succeed", "exceed", "feed",
        "weed", "reed", "bleed", "steed", "tweed", "freed", "deed", "limited", "based", "related", "interested",
        "proposed", "planned", "expected", "scheduled", "unexpected", "alleged", "advanced", "detailed",
    ]
}
