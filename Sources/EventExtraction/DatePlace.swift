import TextAnalysis

/// A time expression placed in a clause, with the part it plays there.
struct DatePlace {
    enum Role: Equatable {
        /// Dates the clause's event.
        case dates
        /// "Since September 2015, Russia has been ...": the start of an ongoing state.
        case sinceStart
        /// "the first meeting since March 2023": dates an earlier occurrence; `marker` is the position of "first".
        case previousOccurrence(marker: Int)
        /// Durations, sets, `PRESENT_REF`/`PAST_REF`/`FUTURE_REF` and values with unknown parts date nothing.
        case ignored
    }

    var mention: TemporalMention
    /// Clause positions the expression covers.
    var range: Range<Int>
    var role: Role

    /// Places every mention of `mentions` (sorted by start) that lies in the clause.
    static func places(of mentions: [TemporalMention], in clause: Clause, article: ArticleText, quoted: Set<Int> = []) -> [DatePlace] {
        var result: [DatePlace] = []
        guard let firstToken = clause.tokens.first, let lastToken = clause.tokens.last else { return [] }
        // `mentions` are sorted by start: look only at those that start inside the clause's stretch of text.
        let from = article.tokens[firstToken].start, to = article.tokens[lastToken].end
        var lower = 0, upper = mentions.count
        while lower < upper {
            let mid = (lower + upper) / 2
            if mentions[mid].start < from { lower = mid + 1 } else { upper = mid }
        }
        for m in mentions[lower...].prefix(while: { $0.start < to }) {
            // Clause tokens are in text order: find the first at or after the mention, then walk over it.
            var lo = 0, hi = clause.tokens.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if article.tokens[clause.tokens[mid]].start < m.start { lo = mid + 1 } else { hi = mid }
            }
            var last = lo
            while last < clause.tokens.count, article.tokens[clause.tokens[last]].end <= m.end { last += 1 }
            guard last > lo else { continue }
            let range = lo..<last
            let inQuotation = m.anchorKind != .none && range.allSatisfy { quoted.contains(clause.tokens[$0]) }
            let role = inQuotation ? .ignored : role(of: m, at: range, in: clause, article: article)
            result.append(DatePlace(mention: m, range: range, role: role))
        }
        ignoreRestatements(&result, in: clause, article: article)
        return result
    }

    /// Two dates in apposition name one day ("two days later — on Friday morning", "last week, on
    /// July 16"): only the better one dates the event, so the clause does not split into two events.
    /// Better: stated outright over counted from publication over counted from an earlier mention,
    /// then the finer granularity.
    static func ignoreRestatements(_ places: inout [DatePlace], in clause: Clause, article: ArticleText) {
        guard places.count > 1 else { return }
        for i in 1..<places.count where places[i - 1].role == .dates && places[i].role == .dates {
            guard places[i - 1].range.upperBound <= places[i].range.lowerBound else { continue }
            let between = places[i - 1].range.upperBound..<places[i].range.lowerBound
            let words = between.map { article.tokens[clause.tokens[$0]].lower }
            guard words.contains(where: CueWords.appositionMarks.contains),
                  words.allSatisfy({ CueWords.appositionMarks.contains($0) || CueWords.datePrepositions.contains($0) })
            else { continue }
            let drop = rank(places[i].mention) < rank(places[i - 1].mention) ? i - 1 : i
            places[drop].role = .ignored
        }
    }

    private static func rank(_ m: TemporalMention) -> (Int, Int) {
        let anchoring = switch m.anchorKind {
        case .none: 0
        case .publication: 1
        case .lastMention: 2
        }
        let fineness = Granularity.allCases.count - (Granularity.allCases.firstIndex(of: m.value.granularity ?? .century) ?? 0)
        return (anchoring, fineness)
    }

    static func role(of m: TemporalMention, at range: Range<Int>, in clause: Clause, article: ArticleText) -> Role {
        guard m.value.interval != nil, m.value.type == .date || m.value.type == .time else { return .ignored }
        let lower = { (p: Int) in article.tokens[clause.tokens[p]].lower }
        var since: Int?
        var before = range.lowerBound - 1
        while before >= 0, before >= range.lowerBound - 3, CueWords.determiners.contains(lower(before)) { before -= 1 }
        if lower(range.lowerBound) == "since" {
            since = range.lowerBound
        } else if before >= 0, lower(before) == "since" {
            since = before
        } else if m.signal == .since {
            since = range.lowerBound
        }
        guard let s = since else { return .dates }
        let reach = max(0, s - CueWords.previousOccurrenceReach)..<s
        if let marker = reach.last(where: { CueWords.previousOccurrenceMarkers.contains(lower($0)) }) {
            return .previousOccurrence(marker: marker)
        }
        return .sinceStart
    }

    /// The clause positions to cut with the expression from a summary: it and the prepositions before it.
    func expressionPositions(in clause: Clause, article: ArticleText) -> Range<Int> {
        var lo = range.lowerBound
        while lo > 0, range.lowerBound - lo < 2,
              CueWords.datePrepositions.contains(article.tokens[clause.tokens[lo - 1]].lower)
                || CueWords.dateLeadWords.contains(article.tokens[clause.tokens[lo - 1]].lower) {
            lo -= 1
        }
        return lo..<range.upperBound
    }
}
