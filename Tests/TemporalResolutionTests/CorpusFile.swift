import Foundation
import TemporalResolution

/// A corpus file of phrases and expected values, grouped under anchor dates (see the files' FORMAT line).
struct CorpusCase: CustomStringConvertible, Sendable {
    var file: String
    var line: Int
    var phrase: String
    var anchor: CalendarDate
    var options: ResolverOptions
    /// Every mention expected, in order: `value`, `value@MOD`, or `start..end` for a range.
    var expected: [String]

    var description: String { "\(file):\(line) \"\(phrase)\" @\(anchor.iso)" }
}

enum CorpusFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    /// The corpus files of the folder, except the negative list.
    static func positiveFiles() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".tsv") && !$0.hasPrefix("negative") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Reads a corpus file; a malformed line is reported as a case that cannot match.
    static func cases(in url: URL) -> [CorpusCase] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var anchor: CalendarDate?
        var options = ResolverOptions()
        var result: [CorpusCase] = []
        for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@anchor ") {
                let date = line.dropFirst(8).prefix { !$0.isWhitespace }
                anchor = CalendarDate(iso: date)
                options = ResolverOptions()
                continue
            }
            if line.hasPrefix("@option ") {
                options.numericDateOrder = line.contains("day-first") ? .dayFirst : .monthFirst
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let expected = fields.count >= 2 ? fields[1].components(separatedBy: " ; ") : ["<missing expected value>"]
            result.append(CorpusCase(file: url.lastPathComponent, line: n + 1, phrase: fields[0],
                                     anchor: anchor ?? CalendarDate(year: 1, month: 1, day: 1)!, options: options, expected: expected))
        }
        return result
    }

    /// How a mention reads in the corpus notation, with its modifier when `withMod`.
    static func notation(_ m: TemporalMention, withMod: Bool) -> String {
        var s = m.value.value
        if let end = m.rangeEnd { s += "..\(end.value)" }
        if withMod { s += "@\(m.value.mod?.rawValue ?? "")" }
        return s
    }

    /// The negative phrases.
    static func negativePhrases() -> [String] {
        let url = folder.appendingPathComponent("negative.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    }
}
