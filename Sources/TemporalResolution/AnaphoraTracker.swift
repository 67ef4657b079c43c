/// Remembers the date a text mentioned last, for phrases like "two days later" and "the following day".
struct AnaphoraTracker: Sendable {
    /// The period of the last dated mention.
    private(set) var last: CalendarPeriod?
    /// The token index where that mention ended.
    private(set) var lastEnd = 0
    /// The last mentioned period of each kind ("the quarter" refers back to the last quarter named).
    private(set) var lastByUnit: [CalendarPeriod.Unit: CalendarPeriod] = [:]
    /// The token index where the last quarter or half year mention ended.
    private(set) var lastQuarterEnd: Int?

    /// Records a resolved mention: dates that name a calendar period become the new reference.
    mutating func record(_ resolved: Anchoring.Resolved, endingAt token: Int) {
        guard let period = resolved.period, resolved.value.type == .date || resolved.value.type == .time else { return }
        last = period
        lastEnd = token
        // The latest period of each kind on the calendar: "the latest quarter" is the newest one named.
        if let known = lastByUnit[period.unit], known.start > period.start {
            lastQuarterEnd = period.unit == .quarter ? token : lastQuarterEnd
            return
        }
        lastByUnit[period.unit] = period
        if period.unit == .quarter || period.unit == .half { lastQuarterEnd = token }
    }
}
