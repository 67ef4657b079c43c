/// Which year a date without one falls in.
enum YearSpec: Hashable, Sendable {
    /// Written out: "July 2024".
    case absolute(Int)
    /// Counted from the anchor's year: "March last year" is -1.
    case relative(Int)
    /// Chosen from the anchor and the lean: "in August", "last March".
    case lean(Lean)
}

/// Where a date without a year or week leans from the anchor.
enum Lean: Hashable, Sendable {
    /// By the clause's tense: past tense → `past`, future → `future`, otherwise the nearest.
    case tense
    /// The latest that has begun by the anchor (the anchor's own day or month included).
    case past
    /// The earliest that has not ended by the anchor.
    case future
    /// The latest that ended before the anchor ("last March", "last Friday").
    case strictPast
    /// The earliest that starts after the anchor ("next Friday").
    case strictFuture
    /// In the anchor's own year or week ("this Friday", "this September").
    case current
    /// `future` in a future-tense clause, else `past`: business news reports periods that have begun
    /// ("third-quarter profit rose"), and announces those to come in the future tense.
    case reported
}

/// A date as recognized, before it meets an anchor: `relative(.week, -1)` for "last week".
indirect enum PartialValue: Hashable, Sendable {
    case day(YearSpec, month: Int, day: Int)
    case month(YearSpec, month: Int)
    case year(YearSpec)
    case quarter(YearSpec, Int)
    case half(YearSpec, Int)
    case season(YearSpec, Season)
    /// First three digits: 199 for the 1990s.
    case decade(Int)
    /// First two digits: 17 for the 18th century.
    case century(Int)
    /// The anchor's period of `unit`, moved by `offset` of them: "last week", "three days ago".
    case relative(TimeUnit, Int)
    /// A weekday (1 Monday ... 7 Sunday) near the anchor.
    case weekday(Int, Lean)
    /// A day of a month near the anchor's, the month unnamed: "on the 31st".
    case dayOfMonth(Int, Lean)
    case holiday(HolidayDate, YearSpec)
    /// The `ordinal`th week of a month: "the first week of March".
    case weekOfMonth(YearSpec, month: Int, ordinal: Int)
    /// The date last mentioned, moved by `offset` units: "two days later" (`keepGranularity`), "the following year".
    case anaphoric(TimeUnit, Int, keepGranularity: Bool)
    /// A value counted from the day the text spoke of last, when its last date was a day, else from the anchor:
    /// a bare clock time ("the blast occurred at 10:35 a.m."), "the previous Friday".
    case inFocus(PartialValue)
    /// A weekend near the anchor.
    case weekend(Lean)
    /// The period of a unit mentioned last, else the anchor's moved by `fallback`; then moved by `yearShift` years.
    case latest(CalendarPeriod.Unit, fallback: Int, yearShift: Int)
    /// The period of `unit` mentioned last, in the given year ("the 1988 quarter"); the year itself when no such
    /// period is known or the report last spoke of the year so far ("the nine months").
    case latestIn(CalendarPeriod.Unit, year: Int)
    /// A day with a part of day: "Wednesday night".
    case withPart(PartialValue, PartOfDay)
    /// The period of `unit` holding a day, the day moved back by `lead` days first: "the week of March 6".
    case periodOf(PartialValue, CalendarPeriod.Unit, lead: Int)
    /// A day with a clock time: "3 p.m. Monday".
    case withClock(PartialValue, hour: Int, minute: Int)
    /// A value that needs no anchor: durations, sets, references.
    case fixed(TimexType, String)
}
