/// Joins "from X to Y" and "between X and Y" into one mention with a start and an end.
enum RangeMerger {
    /// Words allowed between the two ends of a range.
    static let joiners: Set<String> = ["to", "until", "till", "through", "and", "-", "–", "—", "thru"]

    static func merge(_ mentions: [TemporalMention], text: String) -> [TemporalMention] {
        guard mentions.count > 1 else { return mentions }
        var result: [TemporalMention] = []
        result.reserveCapacity(mentions.count)
        var i = 0
        let scalars = Array(text.unicodeScalars.lazy)
        while i < mentions.count {
            let first = mentions[i]
            if i + 1 < mentions.count, first.signal == .from || first.signal == .between,
               first.value.interval != nil, mentions[i + 1].value.interval != nil,
               first.end <= mentions[i + 1].start, mentions[i + 1].start - first.end <= 12 {
                let second = mentions[i + 1]
                let gap = String(String.UnicodeScalarView(scalars[first.end..<second.start]))
                    .trimmingCharactersInWhitespace().lowercased()
                if joiners.contains(gap),
                   let a = first.value.interval, let b = second.value.interval, a.start <= b.end {
                    var merged = first
                    merged.text = String(String.UnicodeScalarView(scalars[first.start..<second.end]))
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
}

extension String {
    func trimmingCharactersInWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
