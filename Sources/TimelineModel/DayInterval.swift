/// A closed run of calendar days, `start` and `end` both included.
public struct DayInterval: Hashable, Sendable, Codable {
    public let start: CalendarDate
    public let end: CalendarDate

    /// Returns nil when `end` is before `start`.
    public init?(start: CalendarDate, end: CalendarDate) {
        guard start <= end else { return nil }
        self.start = start
        self.end = end
    }

    /// The one-day interval.
    public init(day: CalendarDate) {
        start = day
        end = day
    }

    public var dayCount: Int { start.days(to: end) + 1 }

    public func contains(_ day: CalendarDate) -> Bool { start <= day && day <= end }

    /// True when every day of `other` is in `self`.
    public func contains(_ other: DayInterval) -> Bool { start <= other.start && other.end <= end }

    public func overlaps(_ other: DayInterval) -> Bool { start <= other.end && other.start <= end }
}
