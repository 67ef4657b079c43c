import TimelineModel

/// Edits a text's mentions for what a dash or "and" with a bare number adds to a date (see `DashRange` for the
/// reading): "Feb. 3-5" and "3-5 February" widen a day into a range, "1990-91" a year; "April 24 and 25" adds the
/// 25th as a mention of its own; a year after either ("May 3-5, 2010", "July 4 or 5, 2023") is theirs.
///
/// The edits change the mention array in place: a large text has hundreds of thousands of mentions, and a second
/// array of them would double the peak memory.
struct DashRangeEditor {
    var mentions: [TemporalMention]
    /// The mentions' spans in UTF-8 offsets of `text`.
    var spans: [Range<Int>]
    let text: String

    /// Mentions whose text joined the one before them (a year after a range), by index.
    private var dropped: Set<Int> = []
    /// Mentions to add, each right after the mention of index `after`, in text order.
    private var added: [(after: Int, mention: TemporalMention, span: Range<Int>)] = []

    /// How far past or before a mention the dash and number may reach, in UTF-8 bytes.
    private static let window = 12

    init(mentions: [TemporalMention], spans: [Range<Int>], text: String) {
        self.mentions = mentions
        self.spans = spans
        self.text = text
    }

    /// Runs every edit; with `ranges` false only the days joined by "and" are added (TimeML tags the two ends of a
    /// range apart).
    mutating func run(ranges: Bool) {
        for k in mentions.indices where !dropped.contains(k) {
            let m = mentions[k]
            guard m.rangeEnd == nil, m.value.type == .date, let granularity = m.value.granularity,
                  granularity == .day || granularity == .year, m.value.interval != nil else { continue }
            if ranges, extendForward(k, granularity) { continue }
            if granularity == .day, addJoinedDay(after: k) { continue }
            if ranges, granularity == .day { extendBackward(k) }
        }
        applyDropped()
        applyAdded()
    }

    // MARK: The edits

    /// "Feb. 3-5", "1990-91": the mention's end moves past the dash and the number.
    private mutating func extendForward(_ k: Int, _ granularity: Granularity) -> Bool {
        let m = mentions[k], span = spans[k]
        guard m.text.unicodeScalars.last?.properties.numericType != nil, let start = m.value.interval?.start else { return false }
        let after = bytes(span.upperBound, min(nextStart(k), span.upperBound + Self.window))
        guard let (number, end) = DashRange.numberAfter(after, 0, maxDigits: granularity == .day ? 2 : 4),
              let last = DashRange.lastDay(of: start, number: number, granularity: granularity),
              let (value, rangeEnd) = DashRange.range(from: start, to: last, granularity: granularity) else { return false }
        let extra = RangeMerger.slice(text, span.upperBound, span.upperBound + end)
        mentions[k].text += extra
        mentions[k].end += extra.unicodeScalars.count
        mentions[k].value = TemporalValue(type: value.type, value: m.value.value, mod: m.value.mod,
                                          granularity: value.granularity, interval: value.interval)
        mentions[k].rangeEnd = rangeEnd
        spans[k] = span.lowerBound..<(span.upperBound + end)
        if granularity == .day, let year = yearAfter(spans[k].upperBound, at: k + 1), let range = mentions[k].value.interval,
           let first = range.start.inYear(year), let last = range.end.inYear(year),
           let (value, rangeEnd) = DashRange.range(from: first, to: last, granularity: .day) {
            absorbNext(into: k, value: value)
            mentions[k].rangeEnd = rangeEnd
        }
        return true
    }

    /// "3-5 February": the mention's start moves back over the number and the dash.
    private mutating func extendBackward(_ k: Int) {
        let m = mentions[k], span = spans[k]
        guard m.text.unicodeScalars.first?.properties.numericType != nil, let end = m.value.interval?.start else { return }
        let from = max(k > 0 ? spans[k - 1].upperBound : 0, span.lowerBound - Self.window)
        let before = bytes(from, span.lowerBound)
        guard let (day, start) = DashRange.numberBefore(before, before.count),
              let first = CalendarDate(year: end.year, month: end.month, day: day),
              let (value, rangeEnd) = DashRange.range(from: first, to: end, granularity: .day) else { return }
        let extra = RangeMerger.slice(text, from + start, span.lowerBound)
        mentions[k].text = extra + m.text
        mentions[k].start -= extra.unicodeScalars.count
        mentions[k].value = value
        mentions[k].rangeEnd = rangeEnd
        spans[k] = (from + start)..<span.upperBound
    }

    /// "April 24 and 25": a mention for the 25th, right after the one for the 24th.
    private mutating func addJoinedDay(after k: Int) -> Bool {
        let m = mentions[k], span = spans[k]
        guard Self.endsInDay(m.text), let first = m.value.interval?.start else { return false }
        let after = bytes(span.upperBound, min(nextStart(k), span.upperBound + Self.window))
        guard let (day, start, end) = DashRange.coordinatedDay(after, 0), day > first.day,
              let second = CalendarDate(year: first.year, month: first.month, day: day) else { return false }
        let daySpan = (span.upperBound + start)..<(span.upperBound + end)
        let dayText = RangeMerger.slice(text, daySpan.lowerBound, daySpan.upperBound)
        var joined = m
        joined.text = dayText
        joined.start = m.end + RangeMerger.slice(text, span.upperBound, daySpan.lowerBound).unicodeScalars.count
        joined.end = joined.start + dayText.unicodeScalars.count
        joined.value = Self.day(second)
        joined.rule = "\(m.rule)-coordinated"
        guard let year = yearAfter(daySpan.upperBound, at: k + 1), let firstInYear = first.inYear(year),
              let secondInYear = second.inYear(year) else {
            added.append((k, joined, daySpan))
            return true
        }
        // "July 4 or 5, 2023": the year is both days'.
        mentions[k].value = Self.day(firstInYear, mod: m.value.mod)
        mentions[k].anchorKind = .none
        joined.value = Self.day(secondInYear)
        joined.anchorKind = .none
        joined.text = RangeMerger.slice(text, daySpan.lowerBound, spans[k + 1].upperBound)
        joined.end = mentions[k + 1].end
        added.append((k, joined, daySpan.lowerBound..<spans[k + 1].upperBound))
        dropped.insert(k + 1)
        return true
    }

    // MARK: Helpers

    /// The year of mention `k` when it is a plain year written right after `end` with a comma between ("…, 2010").
    private func yearAfter(_ end: Int, at k: Int) -> Int? {
        guard k < mentions.count, mentions[k].value.granularity == .year, mentions[k].rangeEnd == nil, end <= spans[k].lowerBound,
              RangeMerger.slice(text, end, spans[k].lowerBound).trimmingCharactersInWhitespace() == "," else { return nil }
        return mentions[k].value.interval?.start.year
    }

    /// Mention `k + 1` (a year) becomes part of mention `k`, which takes `value`.
    private mutating func absorbNext(into k: Int, value: TemporalValue) {
        mentions[k].text = RangeMerger.slice(text, spans[k].lowerBound, spans[k + 1].upperBound)
        mentions[k].end = mentions[k + 1].end
        mentions[k].value = value
        mentions[k].anchorKind = .none
        spans[k] = spans[k].lowerBound..<spans[k + 1].upperBound
        dropped.insert(k + 1)
    }

    private func nextStart(_ k: Int) -> Int { k + 1 < spans.count ? spans[k + 1].lowerBound : text.utf8.count }

    private func bytes(_ from: Int, _ to: Int) -> [UInt8] { Array(RangeMerger.slice(text, from, to).utf8) }

    private static func day(_ date: CalendarDate, mod: TimexModifier? = nil) -> TemporalValue {
        TemporalValue(type: .date, value: date.iso, mod: mod, granularity: .day, interval: DayInterval(day: date))
    }

    /// True when a day mention's text ends in its day: "April 24", "April 24th" (not "Tuesday").
    static func endsInDay(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars.suffix(3))
        if let last = scalars.last, last.properties.numericType != nil { return true }
        guard scalars.count == 3, let digit = scalars.first, digit.properties.numericType != nil else { return false }
        scalars.removeFirst()
        return ["st", "nd", "rd", "th"].contains(String(String.UnicodeScalarView(scalars)).lowercased())
    }

    // MARK: Applying the edits in place

    /// Removes the dropped mentions (forward), and renumbers the added ones' `after` to match.
    private mutating func applyDropped() {
        guard !dropped.isEmpty else { return }
        var newIndex: [Int] = []
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
        added = added.map { (newIndex[$0.after], $0.mention, $0.span) }
        dropped = []
    }

    /// Puts each added mention right after the one it follows (backward: everything after it moves up).
    private mutating func applyAdded() {
        guard !added.isEmpty else { return }
        let n = mentions.count
        mentions.append(contentsOf: added.map(\.mention))
        spans.append(contentsOf: added.map(\.span))
        var w = mentions.count - 1, r = n - 1
        for addition in added.reversed() {
            while r > addition.after {
                mentions.swapAt(w, r)
                spans.swapAt(w, r)
                w -= 1
                r -= 1
            }
            mentions[w] = addition.mention
            spans[w] = addition.span
            w -= 1
        }
        added = []
    }
}

extension CalendarDate {
    /// The same month and day in `year`; nil when that day does not exist (February 29).
    func inYear(_ year: Int) -> CalendarDate? { CalendarDate(year: year, month: month, day: day) }
}
