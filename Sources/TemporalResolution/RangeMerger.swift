/// Joins "from X to Y", "between X and Y" and "1990-1991" into one mention with a start and an end, after the
/// dash ranges and joined days of `DashRangeEditor`.
enum RangeMerger {
    /// Words allowed between the two ends of a range.
    static let joiners: Set<String> = ["to", "until", "till", "through", "and", "-", "–", "—", "thru"]
    /// Dashes that join two dates into a range by themselves when nothing separates them from the dates.
    static let dashes: Set<String> = ["-", "–"]

    /// Joins ranges in place. `utf8Spans` are the mentions' spans in UTF-8 offsets of `text`. In place, because a
    /// large text has hundreds of thousands of mentions and a second array of them doubles the peak memory.
    static func merge(_ mentions: inout [TemporalMention], utf8Spans: inout [Range<Int>], text: String) {
        guard utf8Spans.count == mentions.count else { return }
        edit(&mentions, &utf8Spans, text: text, ranges: true)
        guard mentions.count > 1 else { return }
        // Compaction: `w` (where the next kept mention goes) never passes `i` (the next one read).
        var w = 0, i = 0
        while i < mentions.count {
            let first = mentions[i]
            if i + 1 < mentions.count, let a = first.value.interval, let b = mentions[i + 1].value.interval, a.start <= b.end,
               utf8Spans[i].upperBound <= utf8Spans[i + 1].lowerBound, utf8Spans[i + 1].lowerBound - utf8Spans[i].upperBound <= 24 {
                let rawGap = slice(text, utf8Spans[i].upperBound, utf8Spans[i + 1].lowerBound)
                let gap = rawGap.trimmingCharactersInWhitespace().lowercased()
                // "from 1990 to 1991", "between May and June"; or two dates of one kind joined by a dash alone: "1990-1991".
                let signalled = first.signal == .from || first.signal == .between
                let dashed = dashes.contains(rawGap) && first.value.granularity == mentions[i + 1].value.granularity && a.start < b.start
                if signalled && joiners.contains(gap) || dashed {
                    let second = mentions[i + 1]
                    var merged = first
                    merged.text = slice(text, utf8Spans[i].lowerBound, utf8Spans[i + 1].upperBound)
                    merged.end = second.end
                    merged.rangeEnd = second.value
                    merged.value.interval = DayInterval(start: a.start, end: b.end)
                    mentions[w] = merged
                    utf8Spans[w] = utf8Spans[i].lowerBound..<utf8Spans[i + 1].upperBound
                    w += 1
                    i += 2
                    continue
                }
            }
            if w != i {
                mentions[w] = first
                utf8Spans[w] = utf8Spans[i]
            }
            w += 1
            i += 1
        }
        mentions.removeSubrange(w...)
        utf8Spans.removeSubrange(w...)
    }

    /// Only adds the bare second days of "April 24 and 25", each a mention of its own, and merges nothing: for
    /// TimeML, which tags the two ends of a range apart.
    static func addCoordinatedDays(_ mentions: inout [TemporalMention], utf8Spans: inout [Range<Int>], text: String) {
        guard utf8Spans.count == mentions.count else { return }
        edit(&mentions, &utf8Spans, text: text, ranges: false)
    }

    /// Runs `DashRangeEditor` over the arrays without copying them.
    private static func edit(_ mentions: inout [TemporalMention], _ spans: inout [Range<Int>], text: String, ranges: Bool) {
        var editor = DashRangeEditor(mentions: [], spans: [], text: text)
        swap(&editor.mentions, &mentions)
        swap(&editor.spans, &spans)
        editor.run(ranges: ranges)
        swap(&editor.mentions, &mentions)
        swap(&editor.spans, &spans)
    }

    static func slice(_ text: String, _ from: Int, _ to: Int) -> String {
        DateResolver.slice(text[...], from, to)
    }
}

extension String {
    func trimmingCharactersInWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
