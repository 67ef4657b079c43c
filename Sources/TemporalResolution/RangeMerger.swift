/// Joins "from X to Y" and "between X and Y" into one mention with a start and an end.
enum RangeMerger {
    /// Words allowed between the two ends of a range.
    static let joiners: Set<String> = ["to", "until", "till", "through", "and", "-", "–", "—", "thru"]

    /// `utf8Spans` are the mentions' spans in UTF-8 offsets of `text`.
    static func merge(_ mentions: [TemporalMention], utf8Spans: [Range<Int>], text: String) -> [TemporalMention] {
        guard mentions.count > 1, utf8Spans.count == mentions.count else { return mentions }
        var result: [TemporalMention] = []
        result.reserveCapacity(mentions.count)
        var i = 0
        while i < mentions.count {
            let first = mentions[i]
            if i + 1 < mentions.count, first.signal == .from || first.signal == .between,
               let a = first.value.interval, let b = mentions[i + 1].value.interval, a.start <= b.end,
               utf8Spans[i].upperBound <= utf8Spans[i + 1].lowerBound, utf8Spans[i + 1].lowerBound - utf8Spans[i].upperBound <= 24 {
                let gap = slice(text, utf8Spans[i].upperBound, utf8Spans[i + 1].lowerBound)
                    .trimmingCharactersInWhitespace().lowercased()
                if joiners.contains(gap) {
                    let second = mentions[i + 1]
                    var merged = first
                    merged.text = slice(text, utf8Spans[i].lowerBound, utf8Spans[i + 1].upperBound)
                    merged.end = second.end
                    merged.rangeEnd = second.value
                    merged.value.interval = DayInterval(start: a.start, end: b.end)
                    result.append(merged)
                    i += 2
                    continue
                }
            }
            result.append(first)
            i += 1
        }
        return result
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
