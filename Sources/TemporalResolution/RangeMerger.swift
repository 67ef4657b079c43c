/// Joins "from X to Y" and "between X and Y" into one mention with a start and an end.
enum RangeMerger {
    /// Words allowed between the two ends of a range.
    static let joiners: Set<String> = ["to", "until", "till", "through", "and", "-", "–", "—", "thru"]
    /// Dashes that join two dates into a range by themselves when nothing separates them from the dates.
    static let dashes: Set<String> = ["-", "–"]

    /// Joins ranges in place. `utf8Spans` are the mentions' spans in UTF-8 offsets of `text`. In place, because a
    /// large text has hundreds of thousands of mentions and a second array of them doubles the peak memory.
    static func merge(_ mentions: inout [TemporalMention], utf8Spans: inout [Range<Int>], text: String) {
        guard utf8Spans.count == mentions.count else { return }
        extendDashRanges(&mentions, &utf8Spans, text: text, ranges: true)
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
        extendDashRanges(&mentions, &utf8Spans, text: text, ranges: false)
    }

    /// Widens a day or a year into the range a dash and a bare number make of it: "Feb. 3-5", "3-5 February",
    /// "1990-91", "1990-1991"; and adds the bare second day of "April 24 and 25" (see `DashRange`).
    /// With `ranges` false, only the coordinated days are added.
    static func extendDashRanges(_ mentions: inout [TemporalMention], _ spans: inout [Range<Int>], text: String, ranges: Bool) {
        let utf8 = text.utf8
        let window = 12
        var dropped: Set<Int> = []
        var coordinated: [(after: Int, mention: TemporalMention, span: Range<Int>)] = []
        for k in mentions.indices where !dropped.contains(k) {
            let m = mentions[k]
            guard m.rangeEnd == nil, m.value.type == .date, let granularity = m.value.granularity,
                  granularity == .day || granularity == .year, let interval = m.value.interval,
                  let lastScalar = m.text.unicodeScalars.last, let firstScalar = m.text.unicodeScalars.first else { continue }
            let span = spans[k]
            let nextStart = k + 1 < spans.count ? spans[k + 1].lowerBound : utf8.count
            let previousEnd = k > 0 ? spans[k - 1].upperBound : 0
            // Forward: "Feb. 3-5", "1990-91".
            if ranges, lastScalar.properties.numericType != nil {
                let to = min(nextStart, span.upperBound + window)
                let after = Array(slice(text, span.upperBound, to).utf8)
                let maxDigits = granularity == .day ? 2 : 4
                if let (number, end) = DashRange.numberAfter(after, 0, maxDigits: maxDigits),
                   let last = DashRange.lastDay(of: interval.start, number: number, granularity: granularity, digits: end),
                   let (value, rangeEnd) = DashRange.range(from: interval.start, to: last, granularity: granularity) {
                    let extra = slice(text, span.upperBound, span.upperBound + end)
                    mentions[k].text += extra
                    mentions[k].end += extra.unicodeScalars.count
                    mentions[k].value = TemporalValue(type: value.type, value: m.value.value, mod: m.value.mod,
                                                      granularity: value.granularity, interval: value.interval)
                    mentions[k].rangeEnd = rangeEnd
                    spans[k] = span.lowerBound..<(span.upperBound + end)
                    if granularity == .day { absorbYear(after: k, &mentions, &spans, text: text, dropping: &dropped) }
                    continue
                }
            }
            // A second day joined by "and": "April 24 and 25" names the 25th too.
            if granularity == .day, endsInDay(m.text) {
                let to = min(nextStart, span.upperBound + window)
                let after = Array(slice(text, span.upperBound, to).utf8)
                if let (day, start, end) = DashRange.coordinatedDay(after, 0), day > interval.start.day,
                   let second = CalendarDate(year: interval.start.year, month: interval.start.month, day: day) {
                    let dayText = slice(text, span.upperBound + start, span.upperBound + end)
                    let offset = m.end + slice(text, span.upperBound, span.upperBound + start).unicodeScalars.count
                    var added = m
                    added.text = dayText
                    added.start = offset
                    added.end = offset + dayText.unicodeScalars.count
                    added.value = TemporalValue(type: .date, value: second.iso, granularity: .day, interval: DayInterval(day: second))
                    added.rule = "\(m.rule)-coordinated"
                    let addedSpan = (span.upperBound + start)..<(span.upperBound + end)
                    // A year after both days is theirs: "July 4 or 5, 2023".
                    if k + 1 < mentions.count, mentions[k + 1].value.granularity == .year, mentions[k + 1].rangeEnd == nil,
                       let year = mentions[k + 1].value.interval?.start.year, addedSpan.upperBound <= spans[k + 1].lowerBound,
                       slice(text, addedSpan.upperBound, spans[k + 1].lowerBound).trimmingCharactersInWhitespace() == ",",
                       let first = CalendarDate(year: year, month: interval.start.month, day: interval.start.day),
                       let last = CalendarDate(year: year, month: second.month, day: second.day) {
                        mentions[k].value = TemporalValue(type: .date, value: first.iso, mod: m.value.mod, granularity: .day, interval: DayInterval(day: first))
                        mentions[k].anchorKind = .none
                        added.value = TemporalValue(type: .date, value: last.iso, granularity: .day, interval: DayInterval(day: last))
                        added.anchorKind = .none
                        added.text = slice(text, addedSpan.lowerBound, spans[k + 1].upperBound)
                        added.end = mentions[k + 1].end
                        coordinated.append((after: k, mention: added, span: addedSpan.lowerBound..<spans[k + 1].upperBound))
                        dropped.insert(k + 1)
                    } else {
                        coordinated.append((after: k, mention: added, span: addedSpan))
                    }
                    continue
                }
            }
            // Backward: "3-5 February" (days only).
            if ranges, granularity == .day, firstScalar.properties.numericType != nil {
                let from = max(previousEnd, span.lowerBound - window)
                let before = Array(slice(text, from, span.lowerBound).utf8)
                if let (day, start) = DashRange.numberBefore(before, before.count),
                   let first = CalendarDate(year: interval.start.year, month: interval.start.month, day: day),
                   let (value, rangeEnd) = DashRange.range(from: first, to: interval.start, granularity: .day) {
                    let extra = slice(text, from + start, span.lowerBound)
                    mentions[k].text = extra + m.text
                    mentions[k].start -= extra.unicodeScalars.count
                    mentions[k].value = value
                    mentions[k].rangeEnd = rangeEnd
                    spans[k] = (from + start)..<span.upperBound
                }
            }
        }
        guard !dropped.isEmpty || !coordinated.isEmpty else { return }
        // In place, as in `merge`: first the dropped mentions go (forward), then the added ones come in (backward).
        var newIndex: [Int] = []
        if !dropped.isEmpty {
            newIndex.reserveCapacity(mentions.count)
            var w = 0
            for k in mentions.indices {
                newIndex.append(w)
                if dropped.contains(k) { continue }
                if w != k {
                    mentions[w] = mentions[k]
                    spans[w] = spans[k]
                }
                w += 1
            }
            mentions.removeSubrange(w...)
            spans.removeSubrange(w...)
        }
        guard !coordinated.isEmpty else { return }
        let additions = coordinated.map { (after: newIndex.isEmpty ? $0.after : newIndex[$0.after], mention: $0.mention, span: $0.span) }
        let n = mentions.count
        mentions.append(contentsOf: additions.map(\.mention))
        spans.append(contentsOf: additions.map(\.span))
        var w = mentions.count - 1
        var p = additions.count - 1
        var r = n - 1
        while p >= 0 {
            // Added mentions go right after the one they follow; everything after it moves up.
            while r > additions[p].after {
                mentions.swapAt(w, r)
                spans.swapAt(w, r)
                w -= 1
                r -= 1
            }
            mentions[w] = additions[p].mention
            spans[w] = additions[p].span
            w -= 1
            p -= 1
        }
    }

    /// True when a day mention's text ends in its day: "April 24", "April 24th" (not "Tuesday").
    private static func endsInDay(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars.suffix(3))
        if let last = scalars.last, last.properties.numericType != nil { return true }
        guard scalars.count == 3, let digit = scalars.first, digit.properties.numericType != nil else { return false }
        scalars.removeFirst()
        return ["st", "nd", "rd", "th"].contains(String(String.UnicodeScalarView(scalars)).lowercased())
    }

    /// A year written after a day range ("May 3-5, 2010") is the range's year: the year mention joins the range.
    private static func absorbYear(after k: Int, _ mentions: inout [TemporalMention], _ spans: inout [Range<Int>], text: String,
                                   dropping dropped: inout Set<Int>) {
        guard k + 1 < mentions.count, mentions[k + 1].value.granularity == .year, mentions[k + 1].rangeEnd == nil,
              let year = mentions[k + 1].value.interval?.start.year, let range = mentions[k].value.interval,
              spans[k].upperBound <= spans[k + 1].lowerBound,
              slice(text, spans[k].upperBound, spans[k + 1].lowerBound).trimmingCharactersInWhitespace() == ",",
              let first = CalendarDate(year: year, month: range.start.month, day: range.start.day),
              let last = CalendarDate(year: year, month: range.end.month, day: range.end.day),
              let (value, rangeEnd) = DashRange.range(from: first, to: last, granularity: .day) else { return }
        let joined = slice(text, spans[k].lowerBound, spans[k + 1].upperBound)
        mentions[k].text = joined
        mentions[k].end = mentions[k + 1].end
        mentions[k].value = value
        mentions[k].rangeEnd = rangeEnd
        mentions[k].anchorKind = .none
        spans[k] = spans[k].lowerBound..<spans[k + 1].upperBound
        dropped.insert(k + 1)
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
