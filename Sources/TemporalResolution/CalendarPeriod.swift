/// A named stretch of the calendar: a day, an ISO week, a weekend, a month, a quarter, a half, a season,
/// a year, a decade or a century, identified by its first day.
struct CalendarPeriod: Hashable, Sendable {
    enum Unit: Int, Hashable, Sendable, Comparable {
        // Finest first.
        case day, weekend, week, month, season, quarter, half, year, decade, century

        static func < (a: Unit, b: Unit) -> Bool { a.rawValue < b.rawValue }

        var granularity: Granularity {
            switch self {
            case .day: .day
            case .weekend, .week: .week
            case .month: .month
            case .season: .season
            case .quarter: .quarter
            case .half: .half
            case .year: .year
            case .decade: .decade
            case .century: .century
            }
        }
    }

    let unit: Unit
    let start: CalendarDate

    /// The period of `unit` that contains `day`.
    init?(containing day: CalendarDate, unit: Unit) {
        self.unit = unit
        switch unit {
        case .day:
            start = day
        case .week:
            guard let monday = day.adding(days: -(day.weekday - 1)) else { return nil }
            start = monday
        case .weekend:
            guard let saturday = day.adding(days: 6 - day.weekday) else { return nil }
            start = saturday
        case .month:
            guard let d = CalendarDate(year: day.year, month: day.month, day: 1) else { return nil }
            start = d
        case .quarter:
            guard let d = CalendarDate(year: day.year, month: (day.month - 1) / 3 * 3 + 1, day: 1) else { return nil }
            start = d
        case .half:
            guard let d = CalendarDate(year: day.year, month: day.month <= 6 ? 1 : 7, day: 1) else { return nil }
            start = d
        case .season:
            // Meteorological seasons; winter runs from December into the next year.
            let (y, m) = day.month == 12 ? (day.year, 12) : day.month <= 2 ? (day.year - 1, 12) : (day.year, (day.month - 3) / 3 * 3 + 3)
            guard let d = CalendarDate(year: y, month: m, day: 1) else { return nil }
            start = d
        case .year:
            guard let d = CalendarDate(year: day.year, month: 1, day: 1) else { return nil }
            start = d
        case .decade:
            guard let d = CalendarDate(year: max(1, day.year / 10 * 10), month: 1, day: 1) else { return nil }
            start = d
        case .century:
            guard let d = CalendarDate(year: max(1, day.year / 100 * 100), month: 1, day: 1) else { return nil }
            start = d
        }
    }

    /// This period moved by `n` of its own kind.
    func shifted(by n: Int) -> CalendarPeriod? {
        guard let moved = CalendarPeriod.move(start, by: n, unit) else { return nil }
        return CalendarPeriod(containing: moved, unit: unit)
    }

    /// A day moved by `n` periods of `unit`.
    static func move(_ day: CalendarDate, by n: Int, _ unit: Unit) -> CalendarDate? {
        guard abs(n) < 100_000 else { return nil }
        switch unit {
        case .day: return day.adding(days: n)
        case .week, .weekend: return day.adding(days: 7 * n)
        case .month: return day.adding(months: n)
        case .season, .quarter: return day.adding(months: 3 * n)
        case .half: return day.adding(months: 6 * n)
        case .year: return day.adding(months: 12 * n)
        case .decade: return day.adding(months: 120 * n)
        case .century: return day.adding(months: 1200 * n)
        }
    }

    /// The last day.
    var end: CalendarDate? {
        switch unit {
        case .day: return start
        case .weekend: return start.adding(days: 1)
        default:
            guard let next = shifted(by: 1) else {
                // The last period of year 9999.
                return CalendarDate(year: 9999, month: 12, day: 31)
            }
            return next.start.adding(days: -1)
        }
    }

    var interval: DayInterval? {
        guard let end else { return nil }
        return DayInterval(start: start, end: end)
    }

    /// The TIMEX3 value.
    var value: String {
        let y = TimexFormatting.pad(start.year, 4)
        switch unit {
        case .day: return start.iso
        case .week:
            let w = start.isoWeek
            return "\(TimexFormatting.pad(w.year, 4))-W\(TimexFormatting.pad(w.week, 2))"
        case .weekend:
            let w = start.isoWeek
            return "\(TimexFormatting.pad(w.year, 4))-W\(TimexFormatting.pad(w.week, 2))-WE"
        case .month: return "\(y)-\(TimexFormatting.pad(start.month, 2))"
        case .quarter: return "\(y)-Q\((start.month - 1) / 3 + 1)"
        case .half: return "\(y)-H\(start.month <= 6 ? 1 : 2)"
        case .season:
            let code = start.month == 3 ? "SP" : start.month == 6 ? "SU" : start.month == 9 ? "FA" : "WI"
            return "\(y)-\(code)"
        case .year: return y
        case .decade: return String(y.prefix(3))
        case .century: return String(y.prefix(2))
        }
    }

    /// The period as a TIMEX3 DATE.
    var temporalValue: TemporalValue {
        TemporalValue(type: .date, value: value, granularity: unit.granularity, interval: interval)
    }
}

extension TimeUnit {
    /// The calendar period a unit counts in, and how many of them one unit is.
    var period: (unit: CalendarPeriod.Unit, factor: Int)? {
        switch self {
        case .day: (.day, 1)
        case .week: (.week, 1)
        case .weekend: (.weekend, 1)
        case .fortnight: (.week, 2)
        case .month: (.month, 1)
        case .quarter: (.quarter, 1)
        case .year: (.year, 1)
        case .decade: (.decade, 1)
        case .century: (.century, 1)
        case .hour, .minute, .second: nil
        }
    }
}
