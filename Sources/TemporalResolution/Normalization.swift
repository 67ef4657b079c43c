/// How a rule turns what its slots captured into a `PartialValue`.
enum Normalization: Hashable, Sendable {
    /// Month (required), day and year from the captures; a missing year leans by tense.
    case date
    /// The captured year.
    case year
    /// Two captured integers and a year: month and day in the order of `ResolverOptions.numericDateOrder`,
    /// unless only one order is a real date.
    case numericDate
    /// Year, then month and day as two integers: "2024-07-25".
    case isoDate
    /// The anchor's period of a unit, moved: "last week" is `relative(.week, -1)`.
    case relative(TimeUnit, Int)
    /// A counted shift from the anchor: "three days ago" is `countedShift(-1)` with the count and unit captured.
    case countedShift(Int)
    /// The anchor's year moved by the offset, or in an earnings report the period compared: "year-ago" results
    /// after a quarter are that quarter a year before (see `DateResolver.comparison`).
    case yearComparison(Int)
    /// A counted shift from the last mentioned date: "two days later".
    case countedAnaphoric(Int)
    /// The last mentioned date's period of a unit, moved: "the following day", "that same year".
    case anaphoric(TimeUnit, Int)
    /// The last mentioned date's period of the captured unit, moved: "the next {unit}".
    case anaphoricUnit(Int)
    /// The day after (or before) the last mentioned day, with the captured part of day: "the next morning".
    case anaphoricDayPart(Int)
    /// The anchor's period of the captured unit, moved: "last {unit}", "next {unit}".
    case relativeUnit(Int)
    /// The captured weekday.
    case weekday(Lean)
    /// The captured weekday before or after the day the text spoke of last: "the previous Friday".
    case weekdayInFocus(Lean)
    /// The captured day of a month left unnamed: "on the 31st".
    case dayOfMonth(Lean)
    /// The anchor's day moved, with a part of day (fixed or captured): "last night", "this morning".
    case dayPart(Int, PartOfDay?)
    /// The day the text spoke of last (else the anchor's): "later in the day".
    case inFocusDay
    /// The captured part of the day the text spoke of last (else the anchor's): "by mid-afternoon".
    case partOfDayInFocus
    /// The captured weekday with the captured part of day: "Wednesday night".
    case weekdayPart(Lean)
    /// The captured month, leaning: "in August", "last March".
    case month(Lean)
    /// The captured month in a year counted from the anchor's: "March last year".
    case monthOfRelativeYear(Int)
    /// The captured ordinal as a quarter, in the captured year or leaning.
    case quarter(Lean)
    /// The captured ordinal as a half year.
    case half(Lean)
    /// The given half of the captured year: "the last half of 1989" is `nthHalf(2)`.
    case nthHalf(Int)
    /// The weekend near the anchor, leaning.
    case weekend(Lean)
    /// The captured ordinal as a quarter of a year counted from the anchor's.
    case quarterOfRelativeYear(Int)
    /// Quarter `n` as written "Q3", in the captured year or as reported.
    case namedQuarter(Int)
    /// The period of `unit` mentioned last ("the quarter" in an earnings report), else the anchor's moved by
    /// `fallback`; then moved by `yearShift` years ("the year-ago quarter").
    case latest(CalendarPeriod.Unit, fallback: Int, yearShift: Int)
    /// The period of `unit` mentioned last, moved into the captured year: "the 1988 period" in an earnings report.
    case latestInYear(CalendarPeriod.Unit)
    /// The captured season, in the captured year or leaning.
    case season(Lean)
    /// The captured season in a year counted from the anchor's.
    case seasonOfRelativeYear(Int)
    /// The captured decade, or the captured century for "1800s".
    case decade
    /// The captured ordinal as a century: "the 19th century" is 18.
    case centuryOrdinal
    /// The captured count and unit as a duration ("three years" P3Y), X for a vague count.
    case duration
    /// The captured count and `quarters` fourths of the unit: "2 1/2 years" (2) P2Y6M, "a minute and a half" (2)
    /// PT1M30S, "3.25 hours" (1) PT3H15M.
    case durationAndFraction(quarters: Int)
    /// `quarters` fourths of the captured unit: "half a year" (2) P6M, "a quarter of a century" (1) P25Y.
    case durationFraction(quarters: Int)
    /// The captured plural unit as a duration of unknown length: "for years" PXY.
    case vagueDuration
    /// One of the captured unit: "the past decade" P1DE.
    case unitDuration
    /// A value needing no anchor: a set, a reference.
    case fixed(TimexType, String)
    /// "every {unit}", "every {count} {unit}": a SET P1W, P2W.
    case everyUnit
    /// "every {weekday}": XXXX-WXX-n.
    case everyWeekday
    /// "every {month}": XXXX-MM.
    case everyMonth
    /// A clock time on the day `offset` days from the anchor: "3 p.m." (0), "3 p.m. yesterday" (-1).
    case dayClock(Int)
    /// A clock time on the captured weekday.
    case weekdayClock(Lean)
    /// A clock time on the captured date: "5 p.m. EST Nov. 9".
    case dateClock
    /// A part of the captured date: "the night of July 24".
    case datePart(PartOfDay)
    /// The period of a unit holding the captured date, moved back by `lead` days: "the week of March 6".
    case periodOfDate(CalendarPeriod.Unit, lead: Int)
    /// A holiday, in the captured year or leaning.
    case holiday(HolidayDate, Lean)
    /// The ISO week holding a holiday: "Easter week", "Thanksgiving week".
    case holidayWeek(HolidayDate, Lean)
    /// "the first week of March".
    case weekOfMonth
}

extension Normalization {
    /// The partial value for `c`, and a suffix for the rule id when the rule made a visible choice; nil when the
    /// captures name no real date.
    func partial(_ c: Captures, options: ResolverOptions) -> (PartialValue, String?)? {
        let year: YearSpec? = (c.year ?? c.shortYear).map { .absolute($0) }
        switch self {
        case .date:
            guard let month = c.month else { return nil }
            guard let day = c.day else {
                guard let year else { return (.month(.lean(.tense), month: month), nil) }
                return (.month(year, month: month), nil)
            }
            if case .absolute(let y)? = year {
                guard CalendarDate(year: y, month: month, day: day) != nil else { return nil }
            } else {
                guard day <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
            }
            return (.day(year ?? .lean(.tense), month: month, day: day), nil)
        case .year:
            guard let y = c.year ?? c.shortYear else { return nil }
            return (.year(.absolute(y)), nil)
        case .numericDate:
            guard c.integers.count >= 2, let y = c.year ?? c.shortYear ?? c.integers.dropFirst(2).first else { return nil }
            let a = c.integers[0], b = c.integers[1]
            let monthFirst = CalendarDate(year: y, month: a, day: b)
            let dayFirst = CalendarDate(year: y, month: b, day: a)
            switch (monthFirst, dayFirst) {
            case (let m?, let d?):
                let date = options.numericDateOrder == .monthFirst ? m : d
                return (.day(.absolute(date.year), month: date.month, day: date.day),
                        options.numericDateOrder == .monthFirst ? "month-first" : "day-first")
            case (let m?, nil):
                return (.day(.absolute(m.year), month: m.month, day: m.day), "month-first")
            case (nil, let d?):
                return (.day(.absolute(d.year), month: d.month, day: d.day), "day-first")
            case (nil, nil):
                return nil
            }
        case .isoDate:
            guard c.integers.count >= 2, let y = c.year, CalendarDate(year: y, month: c.integers[0], day: c.integers[1]) != nil else { return nil }
            return (.day(.absolute(y), month: c.integers[0], day: c.integers[1]), nil)
        case .relative(let unit, let offset):
            return (.relative(unit, offset), nil)
        case .yearComparison(let offset):
            return (.relative(.year, offset), nil)
        case .countedShift(let sign):
            // "several years ago", "a few days from now": only the direction is known.
            if c.vagueCount, c.unit != nil { return (.fixed(.date, sign < 0 ? "PAST_REF" : "FUTURE_REF"), nil) }
            guard let unit = c.unit, let n = c.count, n <= 10_000 else { return nil }
            // "a decade ago" names a year, not the decade before this one.
            if unit == .decade { return (.relative(.year, sign * n * 10), nil) }
            if unit == .century { return (.relative(.year, sign * n * 100), nil) }
            return (.relative(unit, sign * n), nil)
        case .countedAnaphoric(let sign):
            // "a few days later" names no date: the vague stretch itself (TimeBank PXD).
            if c.vagueCount, let unit = c.unit, let text = TimexFormatting.duration(nil, unit) { return (.fixed(.duration, text), nil) }
            guard let unit = c.unit, let n = c.count, n <= 10_000 else { return nil }
            return (.anaphoric(unit, sign * n, keepGranularity: true), nil)
        case .anaphoric(let unit, let offset):
            return (.anaphoric(unit, offset, keepGranularity: false), nil)
        case .anaphoricUnit(let offset):
            guard let unit = c.unit else { return nil }
            return (.anaphoric(unit, offset, keepGranularity: false), nil)
        case .anaphoricDayPart(let offset):
            guard let p = c.partOfDay else { return nil }
            return (.withPart(.anaphoric(.day, offset, keepGranularity: false), p), nil)
        case .relativeUnit(let offset):
            guard let unit = c.unit else { return nil }
            return (.relative(unit, offset), nil)
        case .weekday(let lean):
            guard let w = c.weekday else { return nil }
            return (.weekday(w, lean), nil)
        case .dayPart(let offset, let part):
            guard let p = part ?? c.partOfDay else { return nil }
            return (.withPart(.relative(.day, offset), p), nil)
        case .inFocusDay:
            return (.inFocus(.relative(.day, 0)), nil)
        case .partOfDayInFocus:
            guard let p = c.partOfDay else { return nil }
            return (.withPart(.inFocus(.relative(.day, 0)), p), nil)
        case .dayOfMonth(let lean):
            guard let d = c.day else { return nil }
            return (.dayOfMonth(d, lean), nil)
        case .weekdayInFocus(let lean):
            guard let w = c.weekday else { return nil }
            return (.inFocus(.weekday(w, lean)), nil)
        case .weekdayPart(let lean):
            guard let w = c.weekday, let p = c.partOfDay else { return nil }
            return (.withPart(.weekday(w, lean), p), nil)
        case .month(let lean):
            guard let m = c.month else { return nil }
            return (.month(year ?? .lean(lean), month: m), nil)
        case .monthOfRelativeYear(let offset):
            guard let m = c.month else { return nil }
            return (.month(.relative(offset), month: m), nil)
        case .quarter(let lean):
            guard let n = c.ordinal, (1...4).contains(n) else { return nil }
            return (.quarter(year ?? .lean(lean), n), nil)
        case .nthHalf(let n):
            return (.half(year ?? .lean(.past), n), nil)
        case .namedQuarter(let n):
            return (.quarter(year ?? .lean(.reported), n), nil)
        case .half(let lean):
            guard let n = c.ordinal, (1...2).contains(n) else { return nil }
            return (.half(year ?? .lean(lean), n), nil)
        case .season(let lean):
            guard let s = c.season else { return nil }
            return (.season(year ?? .lean(lean), s), nil)
        case .weekend(let lean):
            return (.weekend(lean), nil)
        case .quarterOfRelativeYear(let offset):
            guard let n = c.ordinal, (1...4).contains(n) else { return nil }
            return (.quarter(.relative(offset), n), nil)
        case .latest(let unit, let fallback, let shift):
            return (.latest(unit, fallback: fallback, yearShift: shift), nil)
        case .latestInYear(let unit):
            guard let y = c.year else { return nil }
            return (.latestIn(unit, year: y), nil)
        case .seasonOfRelativeYear(let offset):
            guard let s = c.season else { return nil }
            return (.season(.relative(offset), s), nil)
        case .decade:
            if let d = c.decade { return (.decade(d), nil) }
            if let century = c.century { return (.century(century), nil) }
            return nil
        case .centuryOrdinal:
            guard let n = c.ordinal, (1...99).contains(n) else { return nil }
            return (.century(n - 1), nil)
        case .duration:
            guard let unit = c.unit else { return nil }
            guard let text = TimexFormatting.duration(c.vagueCount ? nil : c.count, unit) else { return nil }
            return (.fixed(.duration, text), nil)
        case .durationAndFraction(let quarters):
            // The whole part is a count ("two and a half") or, before a decimal point, a plain integer ("3.5").
            guard let unit = c.unit, let n = c.count ?? c.firstInteger, n >= 0, n <= 100_000,
                  let text = TimexFormatting.duration(quarters: n * 4 + quarters, of: unit) else { return nil }
            return (.fixed(.duration, text), nil)
        case .durationFraction(let quarters):
            guard let unit = c.unit, let text = TimexFormatting.duration(quarters: quarters, of: unit) else { return nil }
            return (.fixed(.duration, text), nil)
        case .vagueDuration:
            guard let unit = c.unit, let text = TimexFormatting.duration(nil, unit) else { return nil }
            return (.fixed(.duration, text), nil)
        case .unitDuration:
            guard let unit = c.unit, let text = TimexFormatting.duration(1, unit) else { return nil }
            return (.fixed(.duration, text), nil)
        case .fixed(let type, let value):
            return (.fixed(type, value), nil)
        case .everyUnit:
            guard let unit = c.unit, let text = TimexFormatting.duration(c.count ?? 1, unit) else { return nil }
            return (.fixed(.set, text), nil)
        case .everyMonth:
            guard let m = c.month else { return nil }
            return (.fixed(.set, "XXXX-\(TimexFormatting.pad(m, 2))"), nil)
        case .everyWeekday:
            guard let w = c.weekday else { return nil }
            return (.fixed(.set, "XXXX-WXX-\(w)"), nil)
        case .dayClock(let offset):
            guard let h = c.hour, let m = c.minute else { return nil }
            return (.withClock(offset == 0 ? .inFocus(.relative(.day, 0)) : .relative(.day, offset), hour: h, minute: m), nil)
        case .periodOfDate(let unit, let lead):
            guard c.day != nil, let (day, suffix) = Normalization.date.partial(c, options: options) else { return nil }
            return (.periodOf(day, unit, lead: lead), suffix)
        case .datePart(let part):
            guard c.day != nil, let (day, suffix) = Normalization.date.partial(c, options: options) else { return nil }
            return (.withPart(day, part), suffix)
        case .dateClock:
            guard let h = c.hour, let m = c.minute, c.day != nil, let (day, suffix) = Normalization.date.partial(c, options: options) else { return nil }
            return (.withClock(day, hour: h, minute: m), suffix)
        case .weekdayClock(let lean):
            guard let h = c.hour, let m = c.minute, let w = c.weekday else { return nil }
            return (.withClock(.weekday(w, lean), hour: h, minute: m), nil)
        case .holiday(let date, let lean):
            return (.holiday(date, year ?? .lean(lean)), nil)
        case .holidayWeek(let date, let lean):
            return (.periodOf(.holiday(date, year ?? .lean(lean)), .week, lead: 0), nil)
        case .weekOfMonth:
            guard let m = c.month, let n = c.ordinal, (1...5).contains(n) else { return nil }
            return (.weekOfMonth(year ?? .lean(.tense), month: m, ordinal: n), nil)
        }
    }
}
