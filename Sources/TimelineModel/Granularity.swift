/// How precise a date is, from the coarsest to the finest.
public enum Granularity: String, Sendable, Codable, CaseIterable, Comparable {
    case century, decade, year, half, quarter, season, month, week, day, partOfDay, time

    /// Coarser granularities sort first.
    public static func < (a: Granularity, b: Granularity) -> Bool { a.rank < b.rank }

    private var rank: Int {
        switch self {
        case .century: 0
        case .decade: 1
        case .year: 2
        case .half: 3
        case .quarter: 4
        case .season: 5
        case .month: 6
        case .week: 7
        case .day: 8
        case .partOfDay: 9
        case .time: 10
        }
    }
}
