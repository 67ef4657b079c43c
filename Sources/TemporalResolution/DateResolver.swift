import TextAnalysis

/// Finds the temporal expressions in a text and resolves each to a TIMEX3 value.
///
/// Recognition runs rules (token patterns, see `RuleTable`) over the text's tokens; anchoring then turns each
/// recognized value into a calendar value against the publication date, or against the date last mentioned
/// for anaphoric phrases ("two days later").
public struct DateResolver: Sendable {
    public let options: ResolverOptions

    public init(options: ResolverOptions = .init()) {
        self.options = options
    }

    /// Every temporal expression in `text`, in order, non-overlapping, resolved against `anchor` (the publication date)
    /// or, for anaphoric phrases, the date last mentioned before them. Ranges ("from May to June") become one mention
    /// with `rangeEnd` set.
    public func resolve(_ text: String, anchor: CalendarDate) -> [TemporalMention] {
        resolve(text, anchor: anchor, mergeRanges: true)
    }

    /// As `resolve(_:anchor:)`; with `mergeRanges` false, the two ends of a range stay separate mentions
    /// (as TimeML annotates them).
    public func resolve(_ text: String, anchor: CalendarDate, mergeRanges: Bool) -> [TemporalMention] {
        // The rules, compiled once for every resolver.
        let matcher = Matcher.shared
        var mentions: [TemporalMention] = []
        var utf8Spans: [Range<Int>] = []
        var tracker = AnaphoraTracker()
        var scalarBase = 0
        var utf8Base = 0
        var tokenBase = 0
        // Long texts are read piece by piece (cut at line breaks); the last mention carries over.
        for piece in TextChunks.pieces(of: text) {
            let tokens = Tokenizer.tokenize(piece)
            let input = CompiledPattern.Input(tokens: tokens, lexicon: matcher.lexicon)
            var i = 0
            var consumed = 0
            var cache = CompiledPattern.SlotCache()
            while i < tokens.count {
                guard let (mention, end) = mentionStarting(at: i, input, matcher: matcher, text: piece, anchor: anchor, tracker: &tracker,
                                                           cache: &cache, tokenBase: tokenBase, free: consumed) else {
                    i += 1
                    continue
                }
                if let found = mention {
                    var mention = found.mention
                    mention.start += scalarBase
                    mention.end += scalarBase
                    mentions.append(mention)
                    utf8Spans.append((utf8Base + found.utf8Span.lowerBound)..<(utf8Base + found.utf8Span.upperBound))
                }
                i = max(end, i + 1)
                consumed = i
            }
            tokenBase += tokens.count
            scalarBase += DateResolver.scalarCount(piece)
            utf8Base += piece.utf8.count
        }
        if mergeRanges {
            RangeMerger.merge(&mentions, utf8Spans: &utf8Spans, text: text)
        } else {
            RangeMerger.addCoordinatedDays(&mentions, utf8Spans: &utf8Spans, text: text)
        }
        return mentions
    }

    /// The mention starting at token `i`, and the token after what was consumed; nil when no rule matched.
    /// A match that names no real date ("February 30") consumes its tokens and yields no mention.
    private func mentionStarting(at i: Int, _ input: CompiledPattern.Input, matcher: Matcher, text: Substring, anchor: CalendarDate,
                                 tracker: inout AnaphoraTracker, cache: inout CompiledPattern.SlotCache, tokenBase: Int,
                                 free: Int) -> ((mention: TemporalMention, utf8Span: Range<Int>)?, Int)? {
        let tokens = input.tokens
        let found = matcher.matches(input, at: i, cache: &cache)
        guard let longest = found.first else { return nil }
        for match in found where match.end == longest.end {
            let rule = matcher.rules[match.rule]
            if NegativeFilters.rejects(rule: rule, tokens, match.start, match.end) { continue }
            guard let (partial, suffix) = rule.normalization.partial(match.captures, options: options) else {
                return (nil, match.end)
            }
            let tense = TenseCue.tense(of: tokens, around: match.start..<match.end)
            var partialToResolve = partial
            switch rule.normalization {
            case .countedShift, .yearComparison, .countedAnaphoric:
                partialToResolve = DateResolver.comparison(partial, at: tokenBase + match.start, tracker)
            case .relativeUnit(-1) where DateResolver.comparesBack(tokens, before: match.start):
                // "compared with $85 million last year": the comparison a report makes with its period a year back.
                partialToResolve = DateResolver.comparison(partial, at: tokenBase + match.start, tracker)
            default:
                break
            }
            guard let resolved = Anchoring.resolve(partialToResolve, anchor: anchor,
                                                   tense: tense, tracker: tracker) else {
                return (nil, match.end)
            }
            if !DateResolver.datesAReport(resolved.value, tokens, before: match.start) {
                tracker.record(resolved, endingAt: tokenBase + match.end, anchor: anchor,
                               comparison: DateResolver.isComparison(partialToResolve))
            }
            if resolved.value.type == .duration, AnaphoraTracker.yearToDateDurations.contains(resolved.value.value),
               tokens[match.start].lower == "the" {
                tracker.recordYearToDate(endingAt: tokenBase + match.end, anchor: anchor)
            }
            var value = resolved.value
            var start = match.start
            let isShift: Bool
            switch rule.normalization {
            case .countedShift, .countedAnaphoric: isShift = true
            default: isShift = false
            }
            // A modifier never reaches back into tokens an earlier match consumed (from `free` on they are free).
            if let modifier = ModifierTable.modifier(before: start, in: tokens, for: value, isShift: isShift), modifier.start >= free {
                value.mod = modifier.mod
                start = modifier.start
            }
            let signal = start > 0 ? SignalWords.table[tokens[start - 1].lower] : nil
            // An optional mark a pattern allows before a part that did not follow ("the first week of March," with
            // no year after the comma) is not part of the expression.
            var end = match.end
            while end - 1 > start, DateResolver.trailingMarks.contains(tokens[end - 1].lower) { end -= 1 }
            let startToken = tokens[start], endToken = tokens[end - 1]
            let mention = TemporalMention(
                text: DateResolver.slice(text, startToken.utf8Start, endToken.utf8End),
                start: startToken.start, end: endToken.end, value: value,
                rule: suffix.map { "\(rule.id)-\($0)" } ?? rule.id,
                anchor: resolved.anchor, anchorKind: resolved.anchorKind, signal: signal, tense: tense)
            return ((mention, startToken.utf8Start..<endToken.utf8End), end)
        }
        // Every longest match was rejected: step past the first token only, so shorter readings get a chance later.
        return nil
    }

    /// A day right after a reporting verb ("officials said on Thursday", "announced Monday") dates the report,
    /// not the story: later anaphora ("two days later") do not count from it. Coarser dates there are what
    /// was reported ("reported third-quarter earnings").
    static func datesAReport(_ value: TemporalValue, _ tokens: [Token], before start: Int) -> Bool {
        guard let granularity = value.granularity, granularity >= .day else { return false }
        var i = start - 1
        if i >= 0, reportDateLeads.contains(tokens[i].lower) { i -= 1 }
        return i >= 0 && ReportingCues.verbs.contains(tokens[i].lower)
    }

    /// Words between a reporting verb and its date: "said on Thursday".
    static let reportDateLeads: Set<String> = ["on"]

    /// Marks that never end an expression.
    static let trailingMarks: Set<String> = [",", ";", ":", "(", "-", "—", "–"]

    /// "a year ago" or "a year earlier" right after a quarter or half ("third-quarter profit rose from a year ago")
    /// compares with that period a year before, not with the publication year.
    static func comparison(_ partial: PartialValue, at token: Int, _ tracker: AnaphoraTracker) -> PartialValue {
        let shift: (unit: TimeUnit, offset: Int)
        var anaphoric = false
        switch partial {
        case .relative(let unit, let offset): shift = (unit, offset)
        case .anaphoric(let unit, let offset, _):
            shift = (unit, offset)
            anaphoric = true
        default: return partial
        }
        let (unit, offset) = shift
        guard unit == .year, let last = tracker.last else { return partial }
        // After "the nine months" the comparison is with the year before.
        if let end = tracker.lastYearToDateEnd, let year = tracker.yearToDate, token - end <= 80, end >= (tracker.lastQuarterEnd ?? Int.min) {
            return .year(.absolute(year + offset))
        }
        let afterQuarter = last.unit == .quarter || last.unit == .half
        let nearQuarter = tracker.lastQuarterEnd.map { token - $0 <= 80 } ?? false
        // "a year earlier" right after a quarter, or after a comparison that named one, is that quarter a year
        // before (not a year before the comparison); after any other date it counts from that date.
        guard afterQuarter || (nearQuarter && !anaphoric) else { return partial }
        return .latest(afterQuarter ? last.unit : .quarter, fallback: -1, yearShift: offset)
    }

    /// Words that open a comparison with an earlier period: "compared with", "up from", "versus".
    static let comparisonWords: Set<String> = ["compared", "from", "versus", "vs", "than", "against"]
    /// How far back (in tokens, within the sentence) a comparison word may stand.
    static let comparisonReach = 12

    /// True when a comparison word stands right before token `start` ("up from last year's"), or shortly before it
    /// in the same sentence with an amount between ("compared with $85 million last year"; not "no profit from
    /// discontinued operations, last year").
    static func comparesBack(_ tokens: [Token], before start: Int) -> Bool {
        var i = start - 1
        var amount = false
        while i >= 0, start - i <= comparisonReach {
            let t = tokens[i]
            let decimalPoint = t.lower == "." && t.isGlued && i > 0 && tokens[i - 1].kind == .number
                && tokens.at(i + 1).map { $0.kind == .number && $0.isGlued } == true
            if (t.lower == "." && !decimalPoint) || t.lower == ";" { return false }
            if comparisonWords.contains(t.lower) { return amount || i == start - 1 }
            if t.kind == .number { amount = true }
            i -= 1
        }
        return false
    }

    /// True for a period named as a comparison a year back ("the year-ago quarter"): not the report's own period.
    static func isComparison(_ partial: PartialValue) -> Bool {
        if case .latest(_, _, let shift) = partial { return shift != 0 }
        return false
    }

    /// The number of Unicode scalars, counted over UTF-8 (every byte that does not continue a scalar starts one).
    static func scalarCount(_ text: Substring) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var n = 0
            for b in bytes where b & 0xC0 != 0x80 { n += 1 }
            return n
        } ?? text.unicodeScalars.count
    }

    static func slice(_ text: Substring, _ from: Int, _ to: Int) -> String {
        let utf8 = text.utf8
        guard from >= 0, to <= utf8.count, from <= to else { return "" }
        let a = utf8.index(utf8.startIndex, offsetBy: from)
        let b = utf8.index(a, offsetBy: to - from)
        return String(text[a..<b])
    }
}

/// Words that signal how an event relates to the time expression after them.
enum SignalWords {
    static let table: [String: TemporalSignal] = [
        "since": .since, "until": .until, "till": .until, "by": .by, "before": .before, "after": .after,
        "from": .from, "between": .between, "during": .during, "throughout": .during,
    ]
}
