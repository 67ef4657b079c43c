/// The TIMEX3 `type` attribute.
public enum TimexType: String, Sendable, Codable, CaseIterable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}

/// The TIMEX3 `mod` attribute.
public enum TimexModifier: String, Sendable, Codable, CaseIterable {
    case before = "BEFORE", after = "AFTER"
    case onOrBefore = "ON_OR_BEFORE", onOrAfter = "ON_OR_AFTER"
    case lessThan = "LESS_THAN", moreThan = "MORE_THAN"
    case equalOrLess = "EQUAL_OR_LESS", equalOrMore = "EQUAL_OR_MORE"
    case start = "START", mid = "MID", end = "END"
    case approx = "APPROX"
}

/// A normalized temporal expression: its TIMEX3 type, value and modifier, plus what the
/// value means on the calendar (granularity and the days it covers).
///
/// `interval` is nil for values that name no stretch of calendar days: durations, sets,
/// `PRESENT_REF` / `PAST_REF` / `FUTURE_REF`, and values with unknown parts (`XXXX-05`).
public struct TemporalValue: Hashable, Sendable, Codable {
    public var type: TimexType
    /// The TIMEX3 value, e.g. `2024-07-24`, `2013-W06`, `P12Y`, `2012-SU`, `PAST_REF`.
    public var value: String
    public var mod: TimexModifier?
    public var granularity: Granularity?
    public var interval: DayInterval?

    public init(type: TimexType, value: String, mod: TimexModifier? = nil, granularity: Granularity? = nil, interval: DayInterval? = nil) {
        self.type = type
        self.value = value
        self.mod = mod
        self.granularity = granularity
        self.interval = interval
    }
}
