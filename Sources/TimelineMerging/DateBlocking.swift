import TimelineModel

/// Finds the clusters an event could join without comparing it with every other event.
///
/// Blocking by date: short dates (up to `fineLimitDays`, i.e. days, weeks and months) are filed
/// under every month their interval touches once widened by `nearDays` on both sides, so that
/// the same or close days meet; and under every year they touch. Long dates (quarters, seasons,
/// years, decades) are filed under every year they cover. A short date looks among short dates
/// of its (widened) months and long dates of its years; a long date looks among long dates of its
/// (widened) years and short dates inside its years. Events in different blocks are never compared,
/// so two meetings a year apart cannot merge whatever they say.
struct DateBlocking {
    /// The longest interval, in days, filed by month.
    static let fineLimitDays = 62

    let nearDays: Int
    private var fineByMonth: [Int: [Int]] = [:]
    private var fineByYear: [Int: [Int]] = [:]
    private var coarseByYear: [Int: [Int]] = [:]

    init(nearDays: Int) {
        self.nearDays = nearDays
    }

    mutating func insert(_ interval: DayInterval, cluster: Int) {
        if Self.isFine(interval) {
            for month in Self.months(widened(interval)) { fineByMonth[month, default: []].append(cluster) }
            for year in Self.years(interval) { fineByYear[year, default: []].append(cluster) }
        } else {
            for year in Self.years(interval) { coarseByYear[year, default: []].append(cluster) }
        }
    }

    /// Clusters filed under a block this interval can meet, ascending, without repeats.
    func candidates(for interval: DayInterval) -> [Int] {
        var found = Set<Int>()
        if Self.isFine(interval) {
            for month in Self.months(widened(interval)) { found.formUnion(fineByMonth[month] ?? []) }
            for year in Self.years(interval) { found.formUnion(coarseByYear[year] ?? []) }
        } else {
            for year in Self.years(widened(interval)) { found.formUnion(coarseByYear[year] ?? []) }
            for year in Self.years(interval) { found.formUnion(fineByYear[year] ?? []) }
        }
        return found.sorted()
    }

    static func isFine(_ interval: DayInterval) -> Bool { interval.dayCount <= fineLimitDays }

    private func widened(_ interval: DayInterval) -> DayInterval {
        let start = interval.start.adding(days: -nearDays) ?? interval.start
        let end = interval.end.adding(days: nearDays) ?? interval.end
        return DayInterval(start: start, end: end) ?? interval
    }

    /// Month numbers (year × 12 + month − 1) the interval touches.
    static func months(_ interval: DayInterval) -> ClosedRange<Int> {
        (interval.start.year * 12 + interval.start.month - 1)...(interval.end.year * 12 + interval.end.month - 1)
    }

    static func years(_ interval: DayInterval) -> ClosedRange<Int> {
        interval.start.year...interval.end.year
    }
}
