import TextAnalysis

/// The events of one sentence: clauses, their reporting frames, and the dates placed in them.
struct SentenceEvents {
    let article: Article
    let text: ArticleText
    let sentence: Sentence
    let tokenRange: Range<Int>
    let mentions: [TemporalMention]

    func events() -> [Event] {
        let quoted = QuotedSpans.quotedTokens(in: tokenRange, article: text)
        return ClauseSplitter.clauses(of: tokenRange, in: text).flatMap { events(of: $0, quoted: quoted) }
    }

    private func events(of clause: Clause, quoted: Set<Int>) -> [Event] {
        let places = DatePlace.places(of: mentions, in: clause, article: text, quoted: quoted)
        var mentionEnds: [Int: Int] = [:]
        for p in places { mentionEnds[p.range.lowerBound] = p.range.upperBound }
        let frames = ReportingFrame.frames(in: clause, article: text, mentionEnds: mentionEnds)
        let runs = contentRuns(of: clause, outside: frames)
        let unit = ClauseUnit(sentenceEvents: self, clause: clause, places: places)
        var events: [Event] = []

        for place in places {
            if case .previousOccurrence(let marker) = place.role,
               let e = unit.previousOccurrence(place: place, marker: marker) {
                events.append(e)
            }
        }
        var consumed = Set<Int>()
        var datedFrameRuns = Set<Int>()
        for frame in frames {
            let runIndex = runs.firstIndex { governs(frame, $0) }
            let frameDates = unit.dating(places.filter { frame.range.contains($0.range.lowerBound) })
            let run = runIndex.map { runs[$0] } ?? 0..<0
            let positions = (Array(frame.range) + Array(run)).sorted()
            if frame.isDenial {
                if let r = runIndex { consumed.insert(r) }
                let dates = frameDates.isEmpty ? unit.dating(places.filter { run.contains($0.range.lowerBound) }) : frameDates
                events += unit.events(positions: positions, dates: dates, cutDates: !frameDates.isEmpty, kind: .denied)
            } else if !frameDates.isEmpty {
                if let r = runIndex { datedFrameRuns.insert(r) }
                events += unit.events(positions: positions, dates: frameDates, cutDates: true, kind: .statement)
            }
        }
        for (ri, run) in runs.enumerated() where !consumed.contains(ri) {
            let dates = unit.dating(places.filter { run.contains($0.range.lowerBound) })
            events += unit.events(positions: Array(run), dates: dates, cutDates: false, kind: nil,
                                  keepUndated: datedFrameRuns.contains(ri))
        }
        return events
    }

    /// Maximal stretches of the clause outside every frame that hold a word.
    private func contentRuns(of clause: Clause, outside frames: [ReportingFrame]) -> [Range<Int>] {
        var covered = Array(repeating: false, count: clause.tokens.count)
        for f in frames { for p in f.range where p < covered.count { covered[p] = true } }
        var runs: [Range<Int>] = []
        var p = 0
        while p < covered.count {
            guard !covered[p] else { p += 1; continue }
            let start = p
            while p < covered.count, !covered[p] { p += 1 }
            if (start..<p).contains(where: { text.isWord(clause.tokens[$0]) }) { runs.append(start..<p) }
        }
        return runs
    }

    private func governs(_ frame: ReportingFrame, _ run: Range<Int>) -> Bool {
        switch frame.content {
        case .after: frame.range.upperBound == run.lowerBound
        case .before: frame.range.lowerBound == run.upperBound
        }
    }
}
