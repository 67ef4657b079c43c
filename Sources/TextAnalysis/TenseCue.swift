/// Reads the tense of the clause around a span of tokens from the verbs near it.
///
/// The nearest tense cue in the same sentence wins, a cue after the span counting twice as far (the verb that governs
/// a date mostly comes before it; words after it are often participles: "by August, in markets untouched by the
/// crisis"). Cues are words from `TenseCue.words`, plus regular past forms (`-ed` words not in `notPast`).
public enum TenseCue {
    /// The tense near `range` (token indices) in `tokens`, nil when no verb shows one.
    public static func tense(of tokens: [Token], around range: Range<Int>) -> Tense? {
        guard !tokens.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return nil }
        if let phrase = beforeSpan.first(where: { precedes($0, tokens, range.lowerBound) }) { return phrase.tense }
        // A possessive date names an event already known: "Wednesday's ruling", "Friday's close".
        if isPossessive(tokens, range.upperBound) { return .past }
        let limit = 20
        var best: (distance: Int, tense: Tense)?
        // Backward, to the sentence start or an opening quote.
        var i = range.lowerBound - 1
        var steps = 0
        while i >= 0 && steps < limit {
            if isSentenceBreak(tokens, i) || isOpeningQuote(tokens, i) { break }
            if let tense = cue(tokens, i) {
                best = (range.lowerBound - i, tense)
                break
            }
            if tokens[i + 1].flags.contains(.lineBreakBefore) && i + 1 < range.lowerBound { break }
            i -= 1
            steps += 1
        }
        // Forward, to the sentence end or a closing quote.
        var j = range.upperBound
        steps = 0
        while j < tokens.count && steps < limit {
            if isSentenceBreak(tokens, j) || tokens[j].flags.contains(.lineBreakBefore) || isClosingQuote(tokens, j) { break }
            if let tense = cue(tokens, j) {
                let distance = (j - range.upperBound + 1) * 2
                if best == nil || distance < (best?.distance ?? Int.max) { best = (distance, tense) }
                break
            }
            j += 1
            steps += 1
        }
        return best?.tense
    }

    /// Quote marks that open or close a quotation (the reporting verb outside a quotation does not date what is
    /// inside): “ and ”, and the news-wire pairs `` and '' (two tokens each).
    static func isOpeningQuote(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].kind == .punctuation else { return false }
        let w = tokens[i].lower
        return w == "\u{201C}" || w == "`"
    }

    static func isClosingQuote(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].kind == .punctuation else { return false }
        let w = tokens[i].lower
        if w == "\u{201D}" { return true }
        return w == "'" && i + 1 < tokens.count && tokens[i + 1].lower == "'" && tokens[i + 1].isGlued
    }

    /// Words right before a date that show where it lies: "as early as Tuesday", "as soon as Monday", "effective Feb. 1",
    /// "ahead of Sunday's vote", "postponed until Tuesday".
    static let beforeSpan: [(words: [String], tense: Tense)] = [
        (["as", "early", "as"], .future), (["as", "soon", "as"], .future), (["effective"], .future), (["ahead", "of"], .future),
        (["since"], .past),
        // A delay points past the present: "postponed until Tuesday morning", "extended its deadline until Friday".
        (["postponed", "until"], .future), (["delayed", "until"], .future), (["deadline", "until"], .future),
        (["adjourned", "until"], .future), (["off", "until"], .future), (["extended", "until"], .future),
    ]

    /// True when the tokens at `i` are a glued "'s".
    static func isPossessive(_ tokens: [Token], _ i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i].lower == "'" || tokens[i].lower == "\u{2019}", tokens[i].isGlued else { return false }
        return tokens[i + 1].lower == "s" && tokens[i + 1].isGlued
    }

    private static func precedes(_ phrase: (words: [String], tense: Tense), _ tokens: [Token], _ start: Int) -> Bool {
        let n = phrase.words.count
        guard start >= n else { return false }
        for k in 0..<n where tokens[start - n + k].lower != phrase.words[k] { return false }
        return true
    }

    /// The tense the token at `i` shows, if any.
    static func cue(_ tokens: [Token], _ i: Int) -> Tense? {
        guard tokens[i].kind == .word else { return nil }
        let w = tokens[i].lower
        let index = entryIndex.table.id(of: w)
        if index >= 0 {
            let entry = entryIndex.entries[Int(index)]
            let followedByTo = i + 1 < tokens.count && tokens[i + 1].lower == "to"
            switch entry.condition {
            case .always:
                return entry.tense
            case .afterApostrophe:
                // "'ll" and "'d" are only cues after an apostrophe.
                return i > 0 && tokens[i - 1].lower == "'" && tokens[i].isGlued ? entry.tense : nil
            case .onlyBeforeTo:
                // "going to" is future, "going" alone is not; so are "plans to" and "plan to" ("vacation plans" is not).
                return followedByTo ? .future : nil
            case .aheadBeforeTo:
                // "planned to", "set to", "is to resume": an intention or a schedule points ahead.
                return followedByTo ? .future : entry.tense
            }
        }
        if w.utf8.count > 4 && endsInED(w) && w.hasSuffix("ed") && !notPast.contains(w) {
            // A participle after a form of "be" ("will be named", "was named"): the auxiliary shows the tense.
            if i > 0, passiveAuxiliaries.contains(tokens[i - 1].lower) { return nil }
            return .past
        }
        return nil
    }

    /// When a word of `entries` is a cue.
    enum Condition: Sendable {
        case always, afterApostrophe, onlyBeforeTo, aheadBeforeTo
    }

    /// True when the last two UTF-8 bytes of `w` are "ed": a cheap test before `hasSuffix`, which compares characters.
    private static func endsInED(_ w: String) -> Bool {
        var bytes = w.utf8.reversed().makeIterator()
        return bytes.next() == UInt8(ascii: "d") && bytes.next() == UInt8(ascii: "e")
    }

    /// `entries` numbered in a `WordTable` (a cheap hash over UTF-8): the number of a word is its place in `entries`.
    static let entryIndex: (table: WordTable, entries: [(tense: Tense?, condition: Condition)]) = {
        var ids: [String: Int32] = [:]
        var list: [(tense: Tense?, condition: Condition)] = []
        for (w, entry) in entries {
            ids[w] = Int32(list.count)
            list.append(entry)
        }
        return (WordTable(ids), list)
    }()

    /// `words`, `onlyBeforeTo` and `futureBeforeTo` in one table, so that a token is looked up once.
    static let entries: [String: (tense: Tense?, condition: Condition)] = {
        var table: [String: (tense: Tense?, condition: Condition)] = [:]
        for (w, tense) in words { table[w] = (tense, w == "ll" || w == "d" ? .afterApostrophe : .always) }
        for w in onlyBeforeTo { table[w] = (nil, .onlyBeforeTo) }
        for w in futureBeforeTo { table[w] = (words[w], .aheadBeforeTo) }
        return table
    }()

    /// Cues only when "to" follows.
    static let onlyBeforeTo: Set<String> = ["going", "plans", "plan", "planning"]
    /// Words that point ahead when "to" follows, whatever they show alone.
    static let futureBeforeTo: Set<String> = ["planned", "set", "is", "are"]
    /// Forms of "be" before a participle.
    static let passiveAuxiliaries: Set<String> = ["be", "been", "being", "is", "are", "was", "were", "am"]

    static func isSentenceBreak(_ t: Token) -> Bool {
        t.kind == .punctuation && (t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == ";")
    }

    /// A sentence break, except the period of an initial ("Daniel P. Davison") or of a common abbreviation ("Sept.").
    static func isSentenceBreak(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].kind == .punctuation, isSentenceBreak(tokens[i]) else { return false }
        guard tokens[i].lower == ".", i > 0, tokens[i].isGlued else { return true }
        if tokens[i - 1].kind == .word && tokens[i - 1].lower.utf8.count == 1 && tokens[i - 1].isCapitalized { return false }
        return !abbreviations.contains(tokens[i - 1].lower)
    }

    /// Words written with a period that does not end the sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "prof", "rev", "jr", "sr",
        "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "vs", "etc",
    ]

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
