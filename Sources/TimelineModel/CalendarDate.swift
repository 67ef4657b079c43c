/// A day in the proleptic Gregorian calendar, with no time and no zone.
///
/// News dates are calendar days as the outlet printed them; `CalendarDate` never passes
/// through `Date` or a time zone, so a timestamp at 23:30+03:00 stays on its own day.
/// Years run from 1 to 9999 (TIMEX3 values have four-digit years).
public struct CalendarDate: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Returns nil unless the three numbers name a real day (2024-02-30 and 2024-13-01 are not).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly; nil for anything else or for a day that does not exist.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    // MARK: Calendar facts

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        case 1...12: return 31
        default: return 0
        }
    }

    /// The first and last day of a month, nil outside 1...9999 / 1...12.
    public static func firstDay(year: Int, month: Int) -> CalendarDate? {
        CalendarDate(year: year, month: month, day: 1)
    }

    public static func lastDay(year: Int, month: Int) -> CalendarDate? {
        CalendarDate(year: year, month: month, day: daysIn(month: month, year: year))
    }

    // MARK: Day arithmetic

    /// Days since 0001-01-01 (which is day 0, a Monday).
    public var dayNumber: Int {
        // Counting years from March puts the leap day at the end of the counting year.
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - CalendarDate.marchZeroToJanuaryOne
    }

    /// The day with the given day number, nil outside years 1...9999.
    public init?(dayNumber n: Int) {
        guard n >= 0, n <= 3_652_058 else { return nil }
        let z = n + CalendarDate.marchZeroToJanuaryOne
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// Days from 0000-03-01 to 0001-01-01.
    private static let marchZeroToJanuaryOne = 306

    /// This day moved by `days` (negative for earlier); nil when that leaves years 1...9999.
    public func adding(days: Int) -> CalendarDate? {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// This day moved by whole months, the day clamped to the target month's length.
    public func adding(months: Int) -> CalendarDate? {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        guard (1...9999).contains(y) else { return nil }
        return CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y)))
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(to other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int { dayNumber % 7 + 1 }

    /// The ISO 8601 week: its year (which can differ from `year` near 1 January) and number.
    public var isoWeek: (year: Int, week: Int) {
        // The week belongs to the year of its Thursday.
        let thursday = dayNumber - (weekday - 1) + 3
        guard let t = CalendarDate(dayNumber: thursday) else { return (year, 1) }
        let jan1 = CalendarDate(year: t.year, month: 1, day: 1)?.dayNumber ?? thursday
        return (t.year, (thursday - jan1) / 7 + 1)
    }

    /// The Monday that starts ISO week `week` of ISO year `year`; nil if that week does not exist.
    public static func mondayOf(isoYear year: Int, week: Int) -> CalendarDate? {
        guard let jan4 = CalendarDate(year: year, month: 1, day: 4), week >= 1, week <= weeksIn(isoYear: year) else { return nil }
        return jan4.adding(days: -(jan4.weekday - 1) + (week - 1) * 7)
    }

    /// 52 or 53.
    public static func weeksIn(isoYear year: Int) -> Int {
        guard let dec28 = CalendarDate(year: year, month: 12, day: 28) else { return 52 }
        return dec28.isoWeek.week
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension CalendarDate: CustomStringConvertible {
    public var description: String { iso }
}

extension CalendarDate: Codable {
    /// Encoded as the string `YYYY-MM-DD`.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a calendar date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
