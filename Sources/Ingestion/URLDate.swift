import Foundation

/// Dates in a URL's path: `/2024/07/25/`, `/2024-07-25/`, a slug ending in `-2024-07-25`, or an
/// eight-digit segment `/20240725/`; and the year alone (`/2024/07/`), which can complete a dateline.
struct URLDate: Equatable {
    var date: CalendarDate?
    var year: Int?
    /// The part of the path the date was read from.
    var evidence: String

    /// Years a URL segment may name: outside this, four digits are more likely an id.
    static let plausibleYears = 1900...2099

    static func find(in url: String) -> URLDate? {
        let segments = pathSegments(url)
        var year: (Int, String)?
        for (i, segment) in segments.enumerated() {
            guard let y = Int(segment), segment.count == 4, plausibleYears.contains(y) else {
                if let date = dateInside(segment) { return URLDate(date: date, year: date.year, evidence: "/\(segment)/") }
                continue
            }
            if i + 2 < segments.count, segments[i + 1].count == 2, segments[i + 2].count == 2,
               let m = Int(segments[i + 1]), let d = Int(segments[i + 2]), let date = CalendarDate(year: y, month: m, day: d) {
                return URLDate(date: date, year: y, evidence: "/\(segment)/\(segments[i + 1])/\(segments[i + 2])/")
            }
            if year == nil { year = (y, "/\(segment)/") }
        }
        return year.map { URLDate(date: nil, year: $0.0, evidence: $0.1) }
    }

    /// The path's segments, without scheme, host, query and fragment.
    private static func pathSegments(_ url: String) -> [String] {
        var rest = Substring(url)
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<cut] }
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
        }
        return rest.split(separator: "/").map(String.init)
    }

    /// `2024-07-25` as the segment or at the end of a slug, or `20240725` as the whole segment.
    private static func dateInside(_ segment: String) -> CalendarDate? {
        let chars = Array(segment)
        if chars.count == 8, chars.allSatisfy(\.isASCIIDigit), let n = Int(segment),
           plausibleYears.contains(n / 10_000) {
            return CalendarDate(year: n / 10_000, month: n / 100 % 100, day: n % 100)
        }
        let stem = segment.split(separator: ".").first.map(String.init) ?? segment
        for candidate in [stem, String(stem.suffix(10)), String(stem.prefix(10))] where candidate.count == 10 {
            let boundaryOK = candidate == stem || stem.hasSuffix("-" + candidate) || stem.hasPrefix(candidate + "-")
            if boundaryOK, let date = CalendarDate(iso: candidate), plausibleYears.contains(date.year) { return date }
        }
        return nil
    }
}
