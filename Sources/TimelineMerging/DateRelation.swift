import TimelineModel

/// How two dates stand to each other, for merging.
enum DateRelation: Equatable {
    /// Equal, or one interval inside the other (2015 and 2015-09).
    case compatible
    /// Different but close: both short (a month or less) and at most `nearDays` apart, or overlapping.
    case near
    /// Too far apart to be the same event.
    case far

    /// The longest interval, in days, that can take part in a `near` relation (a month).
    static let shortIntervalDays = 31

    init(_ a: DayInterval, _ b: DayInterval, nearDays: Int) {
        if a.contains(b) || b.contains(a) {
            self = .compatible
        } else if a.dayCount <= Self.shortIntervalDays, b.dayCount <= Self.shortIntervalDays,
                  Self.gap(a, b) <= nearDays {
            self = .near
        } else {
            self = .far
        }
    }

    /// Days strictly between two intervals; 0 when they touch or overlap.
    static func gap(_ a: DayInterval, _ b: DayInterval) -> Int {
        if a.overlaps(b) { return 0 }
        return a.end < b.start ? a.end.days(to: b.start) - 1 : b.end.days(to: a.start) - 1
    }
}

extension DayInterval {
    /// True when the two intervals are equal or one lies inside the other.
    func isCompatible(with other: DayInterval) -> Bool { contains(other) || other.contains(self) }
}
