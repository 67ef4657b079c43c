import Foundation
import TemporalResolution
import TimelineRendering

/// `timeline resolve`: find and normalize the temporal expressions in a text.
enum ResolveCommand: Command {
    static let name = "resolve"
    static let summary = "find and normalize the temporal expressions in a text"
    static let help = """
    Usage: timeline resolve --anchor YYYY-MM-DD [--format text|json|count] [--day-first] [--input FILE] [TEXT...]

    Prints every temporal expression in TEXT (the arguments joined by spaces; standard input when there
    are none) with its TIMEX3 type, value and modifier, the rule that recognized it and the date it was
    counted from.

    Options:
      --anchor DATE     the publication date relative expressions count from (required)
      --format FORMAT   text (default): one aligned line per expression;
                        json: an array of {"text","start","end","type","value","mod","granularity",
                              "interval":{"start","end"},"rule","anchor"} (offsets in Unicode scalars;
                              a range such as "from May to July" adds "rangeEnd");
                        count: only the number of expressions (for benchmarks)
      --day-first       read 03/04/2024 as 3 April (default: month first, March 4)
      --input FILE      read the text from FILE instead of the arguments

    Examples:
      timeline resolve --anchor 2013-02-12 "He arrived last week and left on Friday."
      echo "Two days later, on March 3, 2012" | timeline resolve --anchor 2013-02-12 --format json
    """

    enum Format: String {
        case text, json, count
    }

    static func run(_ arguments: ArgumentScanner, console: Console) throws -> ExitCode {
        var args = arguments
        var anchor: CalendarDate?
        var format = Format.text
        var dayFirst = false
        var input: String?
        var words: [String] = []
        while let item = try args.next() {
            switch item {
            case .option("--anchor"):
                anchor = try args.date(of: "--anchor")
            case .option("--format"):
                format = try args.value(of: "--format", expected: "text, json or count") { Format(rawValue: $0) }
            case .option("--day-first"):
                dayFirst = true
            case .option("--input"):
                input = try args.value(of: "--input")
            case .option(let other):
                throw args.unknown(other)
            case .positional(let word):
                words.append(word)
            }
        }
        guard let anchor else { throw CommandError.usage("missing --anchor YYYY-MM-DD", command: name) }
        let text: String
        if let input {
            guard let data = FileManager.default.contents(atPath: input) else {
                throw CommandError(.noInput, "\(input): cannot read file")
            }
            text = String(decoding: data, as: UTF8.self)
        } else if words.isEmpty {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            text = words.joined(separator: " ")
        }
        let resolver = DateResolver(options: ResolverOptions(numericDateOrder: dayFirst ? .dayFirst : .monthFirst))
        let mentions = resolver.resolve(text, anchor: anchor)
        switch format {
        case .count:
            console.print(String(mentions.count))
        case .json:
            console.write(MentionJSONRenderer.format(mentions))
        case .text:
            console.write(table(mentions))
        }
        return .ok
    }

    /// One aligned line per mention: offsets, text, type, value, mod, rule, anchor.
    static func table(_ mentions: [TemporalMention]) -> String {
        let rows = mentions.map { m -> [String] in
            ["\(m.start)-\(m.end)", "\"\(m.text.replacingOccurrences(of: "\n", with: " "))\"", m.value.type.rawValue,
             m.value.value + (m.rangeEnd.map { "/\($0.value)" } ?? ""), m.value.mod?.rawValue ?? "-", m.rule,
             "\(m.anchorKind.rawValue):\(m.anchor.iso)"]
        }
        guard let columns = rows.first?.count else { return "" }
        let widths = (0..<columns).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in
                c == columns - 1 ? cell : cell + String(repeating: " ", count: widths[c] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
