/// Remembers the date a text mentioned last, for phrases like "two days later" and "the following day".
struct AnaphoraTracker {
    private(set) var last: CalendarPeriod?

    /// Records a resolved mention: dates that name a calendar period become the new reference.
    mutating func record(_ resolved: Anchoring.Resolved) {
        guard let period = resolved.period, resolved.value.type == .date || resolved.value.type == .time else { return }
        last = period
    }
}
