/// Writing TIMEX3 value strings.
enum TimexFormatting {
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// `count` and a half units: "P2Y6M", "PT5H30M"; nil for units without an exact half.
    static func durationAndHalf(_ count: Int, _ unit: TimeUnit) -> String? {
        guard count >= 0, count <= 100_000 else { return nil }
        switch unit {
        case .year: return "P\(count)Y6M"
        case .month: return "P\(count)M15D"
        case .week: return "P\(count * 7 + 3)DT12H"
        case .day: return "P\(count)DT12H"
        case .hour: return "PT\(count)H30M"
        case .minute: return "PT\(count)M30S"
        case .decade: return "P\(count * 10 + 5)Y"
        case .century: return "P\(count * 100 + 50)Y"
        case .quarter, .second, .weekend, .fortnight: return nil
        }
    }

    /// "P3Y", "PT48H", "PXM"; nil for a count out of reason.
    static func duration(_ count: Int?, _ unit: TimeUnit) -> String? {
        if let count, count < 0 || count > 100_000 { return nil }
        let n = count.map(String.init) ?? "X"
        switch unit {
        case .day: return "P\(n)D"
        case .week: return "P\(n)W"
        case .weekend: return "P\(count.map { String($0 * 2) } ?? "X")D"
        case .fortnight: return "P\(count.map { String($0 * 2) } ?? "X")W"
        case .month: return "P\(n)M"
        case .quarter: return "P\(count.map { String($0 * 3) } ?? "X")M"
        case .year: return "P\(n)Y"
        case .decade: return "P\(count.map { String($0 * 10) } ?? "X")\(count == nil ? "DE" : "Y")"
        case .century: return "P\(count.map { String($0 * 100) } ?? "X")\(count == nil ? "CE" : "Y")"
        case .hour: return "PT\(n)H"
        case .minute: return "PT\(n)M"
        case .second: return "PT\(n)S"
        }
    }
}
