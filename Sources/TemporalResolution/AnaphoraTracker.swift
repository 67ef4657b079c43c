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
    /// The token index where the last year-to-date period ("the nine months" of an earnings report) ended.
    private(set) var lastYearToDateEnd: Int?
    /// The year of that period.
    private(set) var yearToDate: Int?

    /// True when the report spoke last of the year so far ("the nine months") rather than of a quarter.
    var yearToDateIsLatest: Bool {
        guard let ytd = lastYearToDateEnd else { return false }
        return ytd >= (lastQuarterEnd ?? Int.min)
    }

    /// Durations that, after "the", name the part of the year an earnings report covers so far.
    static let yearToDateDurations: Set<String> = ["P9M"]

    /// Records a year-to-date period ("for the nine months, net rose ..."): comparisons after it ("a year earlier")
    /// name a year, that of the latest quarter known, else the anchor's.
    mutating func recordYearToDate(endingAt token: Int, anchor: CalendarDate) {
        lastYearToDateEnd = token
        let day = lastByUnit[.quarter]?.start ?? anchor
        guard let year = CalendarPeriod(containing: day, unit: .year) else { return }
        yearToDate = day.year
        last = year
        lastEnd = token
    }

    /// Records a resolved mention: dates that name a calendar period become the new reference.
    /// `anchor` is the publication date: per kind, the newest period that had ended by then is kept ("the latest
    /// quarter" in an earnings report); a period not yet over is kept only while no finished one is known.
    /// A `comparison` ("the year-ago quarter") becomes the last mention but never the report's latest period.
    mutating func record(_ resolved: Anchoring.Resolved, endingAt token: Int, anchor: CalendarDate, comparison: Bool = false) {
        guard let period = resolved.period, resolved.value.type == .date || resolved.value.type == .time else { return }
        last = period
        lastEnd = token
        if period.unit == .quarter || period.unit == .half { lastQuarterEnd = token }
        if comparison { return }
        if let known = lastByUnit[period.unit] {
            let knownOver = (known.end ?? known.start) < anchor
            let over = (period.end ?? period.start) < anchor
            guard over && (!knownOver || period.start >= known.start) else { return }
        }
        lastByUnit[period.unit] = period
    }
}
