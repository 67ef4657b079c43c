/// Pure calendar arithmetic: a `PartialValue` meets an anchor and becomes a `TemporalValue`.
enum Anchoring {
    /// A resolved value and what it was counted from.
    struct Resolved: Hashable, Sendable {
        var value: TemporalValue
        /// The calendar period the value names, when it names one (for anaphora).
        var period: CalendarPeriod?
        var anchor: CalendarDate
        var anchorKind: AnchorKind
    }

    /// Resolves `partial` against the publication date `anchor`, or against `lastMention` for anaphoric values.
    /// Nil when the result leaves the calendar (years 1...9999).
    static func resolve(_ partial: PartialValue, anchor: CalendarDate, tense: Tense?, tracker: AnaphoraTracker) -> Resolved? {
        let lastMention = tracker.last
        switch partial {
        case .latest(let unit, let fallback, let shift):
            if let known = tracker.lastByUnit[unit] {
                return dated(known.shifted(by: 0).flatMap { p in CalendarPeriod.move(p.start, by: shift, .year).flatMap { CalendarPeriod(containing: $0, unit: unit) } },
                             anchor: known.start, kind: .lastMention)
            }
            guard let base = CalendarPeriod(containing: anchor, unit: unit)?.shifted(by: fallback),
                  let moved = CalendarPeriod.move(base.start, by: shift, .year) else { return nil }
            return dated(CalendarPeriod(containing: moved, unit: unit), anchor: anchor, kind: .publication)
        case .latestIn(let unit, let year):
            if let known = tracker.lastByUnit[unit], !tracker.yearToDateIsLatest,
               let moved = CalendarPeriod.move(known.start, by: year - known.start.year, .year) {
                return dated(CalendarPeriod(containing: moved, unit: unit), anchor: known.start, kind: .lastMention)
            }
            return dated(CalendarDate(year: year, month: 1, day: 1).flatMap { CalendarPeriod(containing: $0, unit: .year) },
                         anchor: anchor, kind: .none)
        case .fixed(let type, let value):
            return Resolved(value: TemporalValue(type: type, value: value), period: nil, anchor: anchor, anchorKind: .none)
        case .decade(let d):
            guard d >= 1, d <= 999, let start = CalendarDate(year: d * 10, month: 1, day: 1) else { return nil }
            return dated(CalendarPeriod(containing: start, unit: .decade), anchor: anchor, kind: .none)
        case .century(let c):
            guard c >= 0, c <= 99, let start = CalendarDate(year: max(1, c * 100), month: 1, day: 1) else { return nil }
            return dated(CalendarPeriod(containing: start, unit: .century), anchor: anchor, kind: .none)
        case .inFocus(let inner):
            guard let day = lastMention, day.unit == .day else { return resolve(inner, anchor: anchor, tense: tense, tracker: tracker) }
            guard var counted = resolve(inner, anchor: day.start, tense: tense, tracker: AnaphoraTracker()) else { return nil }
            counted.anchor = day.start
            counted.anchorKind = .lastMention
            return counted
        case .anaphoric(let unit, let offset, let keep):
            guard let base = lastMention else {
                return resolve(.relative(unit, offset), anchor: anchor, tense: tense, tracker: AnaphoraTracker())
            }
            guard let (u, factor) = unit.period else { return dated(base, anchor: base.start, kind: .lastMention) }
            let target: CalendarPeriod.Unit = keep ? min(base.unit, u) : max(base.unit, u)
            guard let moved = CalendarPeriod.move(base.start, by: offset * factor, u) else { return nil }
            return dated(CalendarPeriod(containing: moved, unit: target), anchor: base.start, kind: .lastMention)
        case .withPart(let inner, let part):
            guard let base = resolve(inner, anchor: anchor, tense: tense, tracker: tracker),
                  let day = base.period, day.unit == .day else { return nil }
            let value = TemporalValue(type: .time, value: "\(day.value)T\(part.rawValue)", granularity: .partOfDay,
                                      interval: DayInterval(day: day.start))
            return Resolved(value: value, period: day, anchor: base.anchor, anchorKind: base.anchorKind)
        case .periodOf(let inner, let unit, let lead):
            guard let base = resolve(inner, anchor: anchor, tense: tense, tracker: tracker),
                  let day = base.period, day.unit == .day, let moved = day.start.adding(days: -lead) else { return nil }
            return dated(CalendarPeriod(containing: moved, unit: unit), anchor: base.anchor, kind: base.anchorKind)
        case .withClock(let inner, let hour, let minute):
            guard let base = resolve(inner, anchor: anchor, tense: tense, tracker: tracker),
                  let day = base.period, day.unit == .day else { return nil }
            let value = TemporalValue(type: .time,
                                      value: "\(day.value)T\(TimexFormatting.pad(hour, 2)):\(TimexFormatting.pad(minute, 2))",
                                      granularity: .time, interval: DayInterval(day: day.start))
            return Resolved(value: value, period: day, anchor: base.anchor, anchorKind: base.anchorKind)
        default:
            guard let (period, kind) = period(of: partial, anchor: anchor, tense: tense) else { return nil }
            return dated(period, anchor: anchor, kind: kind)
        }
    }

    private static func dated(_ period: CalendarPeriod?, anchor: CalendarDate, kind: AnchorKind) -> Resolved? {
        guard let period, period.interval != nil else { return nil }
        return Resolved(value: period.temporalValue, period: period, anchor: anchor, anchorKind: kind)
    }

    /// The calendar period of a non-anaphoric partial value, and whether it needed the anchor.
    static func period(of partial: PartialValue, anchor: CalendarDate, tense: Tense?) -> (CalendarPeriod, AnchorKind)? {
        switch partial {
        case .relative(let unit, let offset):
            if let (u, factor) = unit.period {
                guard let base = CalendarPeriod(containing: anchor, unit: u), let p = base.shifted(by: offset * factor) else { return nil }
                return (p, .publication)
            }
            let perDay = unit == .hour ? 24 : unit == .minute ? 1440 : 86_400
            let days = offset >= 0 ? offset / perDay : -((-offset + perDay - 1) / perDay)
            guard let d = anchor.adding(days: days), let p = CalendarPeriod(containing: d, unit: .day) else { return nil }
            return (p, .publication)
        case .weekend(let lean):
            let candidates = [-7, 0, 7].compactMap { anchor.adding(days: $0) }.compactMap { CalendarPeriod(containing: $0, unit: .weekend) }
            let resolvedLean: Lean = lean == .tense ? (tense == .future ? .future : .past) : lean
            guard let p = choose(candidates, resolvedLean, anchor: anchor, tense: tense, week: true) else { return nil }
            return (p, .publication)
        case .weekday(let w, let lean):
            guard (1...7).contains(w) else { return nil }
            let days = (-7...7).compactMap { anchor.adding(days: $0) }.filter { $0.weekday == w }
            return nearbyDay(days, lean, anchor: anchor, tense: tense)
        case .dayOfMonth(let d, let lean):
            guard (1...31).contains(d), let first = CalendarDate(year: anchor.year, month: anchor.month, day: 1) else { return nil }
            let days = (-2...2).compactMap { CalendarPeriod.move(first, by: $0, .month) }
                .compactMap { CalendarDate(year: $0.year, month: $0.month, day: d) }
            return nearbyDay(days, lean, anchor: anchor, tense: tense)
        default:
            return yearly(partial, anchor: anchor, tense: tense)
        }
    }

    /// One of `days` (in calendar order) near the anchor, picked by the lean; a present tense picks the nearest.
    private static func nearbyDay(_ days: [CalendarDate], _ lean: Lean, anchor: CalendarDate, tense: Tense?) -> (CalendarPeriod, AnchorKind)? {
        let candidates = days.compactMap { CalendarPeriod(containing: $0, unit: .day) }
        let resolvedLean: Lean = lean == .tense ? (tense == .future ? .future : tense == .present ? .tense : .past) : lean
        guard let p = choose(candidates, resolvedLean, anchor: anchor, tense: tense, week: true) else { return nil }
        return (p, .publication)
    }

    /// Values that recur every year: the year is written, counted, or chosen by the lean.
    private static func yearly(_ partial: PartialValue, anchor: CalendarDate, tense: Tense?) -> (CalendarPeriod, AnchorKind)? {
        let spec: YearSpec
        let make: (Int) -> CalendarPeriod?
        switch partial {
        case .day(let s, let month, let day):
            spec = s
            make = { y in CalendarDate(year: y, month: month, day: day).flatMap { CalendarPeriod(containing: $0, unit: .day) } }
        case .month(let s, let month):
            spec = s
            make = { y in CalendarDate(year: y, month: month, day: 1).flatMap { CalendarPeriod(containing: $0, unit: .month) } }
        case .year(let s):
            spec = s
            make = { y in CalendarDate(year: y, month: 1, day: 1).flatMap { CalendarPeriod(containing: $0, unit: .year) } }
        case .quarter(let s, let n):
            spec = s
            make = { y in CalendarDate(year: y, month: (n - 1) * 3 + 1, day: 1).flatMap { CalendarPeriod(containing: $0, unit: .quarter) } }
        case .half(let s, let n):
            spec = s
            make = { y in CalendarDate(year: y, month: (n - 1) * 6 + 1, day: 1).flatMap { CalendarPeriod(containing: $0, unit: .half) } }
        case .season(let s, let season):
            spec = s
            let month = season == .spring ? 3 : season == .summer ? 6 : season == .fall ? 9 : 12
            make = { y in CalendarDate(year: y, month: month, day: 1).flatMap { CalendarPeriod(containing: $0, unit: .season) } }
        case .holiday(let date, let s):
            spec = s
            make = { y in date.date(in: y).flatMap { CalendarPeriod(containing: $0, unit: .day) } }
        case .weekOfMonth(let s, let month, let ordinal):
            spec = s
            make = { y in
                // The week holding the month's first Thursday is its first week.
                guard let first = CalendarDate(year: y, month: month, day: 1) else { return nil }
                let thursday = first.adding(days: (4 - first.weekday + 7) % 7)
                return thursday?.adding(days: 7 * (ordinal - 1)).flatMap { CalendarPeriod(containing: $0, unit: .week) }
            }
        default:
            return nil
        }
        switch spec {
        case .absolute(let y):
            guard let p = make(y) else { return nil }
            return (p, .none)
        case .relative(let offset):
            guard abs(offset) < 10_000, let p = make(anchor.year + offset) else { return nil }
            return (p, .publication)
        case .lean(let lean):
            let candidates = (anchor.year - 2...anchor.year + 1).compactMap(make)
            guard let p = choose(candidates, lean, anchor: anchor, tense: Anchoring.yearlyTense(tense, candidates, anchor), week: false) else { return nil }
            return (p, .publication)
        }
    }

    /// News reports dates that are soon to come in the past tense ("officials said the vote is set for Nov. 16"):
    /// a past tense does not push a date into last year when this year's is at most `soonDays` ahead.
    static let soonDays = 92

    static func yearlyTense(_ tense: Tense?, _ candidates: [CalendarPeriod], _ anchor: CalendarDate) -> Tense? {
        guard tense == .past, let next = candidates.first(where: { $0.start > anchor }),
              anchor.days(to: next.start) <= soonDays else { return tense }
        return nil
    }

    /// Picks one of `candidates` (in calendar order) by the lean.
    static func choose(_ candidates: [CalendarPeriod], _ lean: Lean, anchor: CalendarDate, tense: Tense?, week: Bool) -> CalendarPeriod? {
        switch lean {
        case .past:
            return candidates.last { $0.start <= anchor }
        case .future:
            return candidates.first { ($0.end ?? $0.start) >= anchor }
        case .strictPast:
            return candidates.last { ($0.end ?? $0.start) < anchor }
        case .strictFuture:
            return candidates.first { $0.start > anchor }
        case .current:
            if week {
                let monday = anchor.adding(days: -(anchor.weekday - 1))
                return candidates.first { c in monday.map { c.start >= $0 && c.start.days(to: $0) > -7 } ?? false }
            }
            return candidates.first { $0.start <= anchor && anchor <= ($0.end ?? $0.start) }
                ?? candidates.first { $0.start.year == anchor.year } ?? candidates.first
        case .reported:
            switch tense {
            case .future:
                // Results come out after a period ends: "expects to report third-quarter earnings" in October is the
                // third quarter just ended, when it ended at most `soonDays` before the anchor.
                return candidates.first { p in (p.end ?? p.start).adding(days: soonDays).map { $0 >= anchor } ?? false }
            case .past, .present, nil: return choose(candidates, .past, anchor: anchor, tense: tense, week: week)
            }
        case .tense:
            switch tense {
            case .past: return choose(candidates, .past, anchor: anchor, tense: tense, week: week)
            case .future: return choose(candidates, .future, anchor: anchor, tense: tense, week: week)
            case .present, nil:
                // The nearest, but news leans to the past: a date ahead counts as `futureWeight` times as far.
                return candidates.min { weightedDistance($0, anchor) < weightedDistance($1, anchor) }
            }
        }
    }

    /// How much farther a date ahead of the anchor counts than one behind it, when the tense does not say.
    static let futureWeight = 1.5

    private static func weightedDistance(_ p: CalendarPeriod, _ day: CalendarDate) -> Double {
        let d = Double(distance(p, day))
        return p.start > day ? d * futureWeight : d
    }

    private static func distance(_ p: CalendarPeriod, _ day: CalendarDate) -> Int {
        let end = p.end ?? p.start
        if p.start <= day && day <= end { return 0 }
        return min(abs(p.start.days(to: day)), abs(end.days(to: day)))
    }
}
