/// Writing TIMEX3 value strings.
enum TimexFormatting {
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// `quarters` fourths of a unit, written in whole smaller units: half a year (2) "P6M", a quarter of a century (1)
    /// "P25Y", two and a half days (10) "P2DT12H", a quarter of an hour (1) "PT15M"; nil when no whole smaller unit
    /// fits (a quarter of a month).
    static func duration(quarters q: Int, of unit: TimeUnit) -> String? {
        guard q > 0, q <= 400_000 else { return nil }
        /// "P1Y6M", "PT5H30M": a larger and a smaller part, either left out when zero.
        func twoParts(_ time: Bool, _ big: Int, _ bigUnit: String, _ small: Int, _ smallUnit: String) -> String {
            var text = time ? "PT" : "P"
            if big > 0 { text += "\(big)\(bigUnit)" }
            if small > 0 { text += "\(small)\(smallUnit)" }
            return text
        }
        /// Days and hours: "P3DT12H", "PT12H".
        func daysAndHours(_ hours: Int) -> String {
            let days = hours / 24, rest = hours % 24
            if rest == 0 { return "P\(days)D" }
            return days > 0 ? "P\(days)DT\(rest)H" : "PT\(rest)H"
        }
        switch unit {
        case .century: return "P\(q * 25)Y"
        case .decade: return q % 2 == 0 ? "P\(q * 5 / 2)Y" : twoParts(false, q * 30 / 12, "Y", q * 30 % 12, "M")
        case .year: return twoParts(false, q * 3 / 12, "Y", q * 3 % 12, "M")
        case .month: return q % 2 == 0 ? twoParts(false, q / 4, "M", q % 4 * 15 / 2, "D") : nil
        case .fortnight: return daysAndHours(q * 84)
        case .week: return daysAndHours(q * 42)
        case .day: return daysAndHours(q * 6)
        case .hour: return twoParts(true, q / 4, "H", q % 4 * 15, "M")
        case .minute: return twoParts(true, q / 4, "M", q % 4 * 15, "S")
        case .quarter, .second, .weekend: return nil
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
        // TIMEX3 counts quarters in their own unit, as TimeBank and HeidelTime do: "two quarters" P2Q.
        case .quarter: return "P\(n)Q"
        case .year: return "P\(n)Y"
        case .decade: return "P\(count.map { String($0 * 10) } ?? "X")\(count == nil ? "DE" : "Y")"
        case .century: return "P\(count.map { String($0 * 100) } ?? "X")\(count == nil ? "CE" : "Y")"
        case .hour: return "PT\(n)H"
        case .minute: return "PT\(n)M"
        case .second: return "PT\(n)S"
        }
    }
}
