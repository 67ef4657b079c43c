import Foundation
import Ingestion
import TemporalResolution

/// `timeline tag`: tag TimeML files with TIMEX3 values, for scoring.
enum TagCommand: Command {
    static let name = "tag"
    static let summary = "tag TimeML files with TIMEX3 values, for scoring"
    static let help = """
    Usage: timeline tag --output-dir DIR [--day-first] FILE.tml...

    Reads each TimeML file, resolves the temporal expressions of its <TEXT> against its document creation
    time (the TIMEX3 in <DCT>), and writes DIR/FILE.tml: the file's head, its text with only our
    <TIMEX3 tid type value [mod]> tags, and its tail. Score the result with
      python3 tools/timex_score.py GOLD_DIR DIR

    Options:
      --output-dir DIR  where to write the tagged files (created if missing)
      --day-first       read 03/04/2024 as 3 April

    Exit codes: 66 a file is missing or unreadable; 65 a file has no <TEXT> or no DCT; 73 DIR cannot be written.
    """

    static func run(_ arguments: ArgumentScanner, console: Console) throws -> ExitCode {
        var args = arguments
        var outputDir: String?
        var dayFirst = false
        var files: [String] = []
        while let item = try args.next() {
            switch item {
            case .option("--output-dir"):
                outputDir = try args.value(of: "--output-dir")
            case .option("--day-first"):
                dayFirst = true
            case .option(let other):
                throw args.unknown(other)
            case .positional(let file):
                files.append(file)
            }
        }
        guard let outputDir else { throw CommandError.usage("missing --output-dir DIR", command: name) }
        guard !files.isEmpty else { throw CommandError.usage("no TimeML file given", command: name) }
        do {
            try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
        } catch {
            throw CommandError(.cannotCreate, "\(outputDir): cannot create the output folder")
        }
        let resolver = DateResolver(options: ResolverOptions(numericDateOrder: dayFirst ? .dayFirst : .monthFirst))
        for file in files {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: file) else {
                throw CommandError(.noInput, "\(file): cannot read file")
            }
            let source = String(decoding: data, as: UTF8.self)
            let document: TimeMLDocument
            do {
                document = try TimeMLDocument(parsing: source, file: file)
            } catch let error as IngestionError {
                throw CommandError(.dataError, error.message)
            }
            guard let dct = document.creationDate else {
                throw CommandError(.dataError, "\(file): no document creation time (<DCT> with a TIMEX3 value)")
            }
            let mentions = resolver.resolve(document.text, anchor: dct, mergeRanges: false)
            let tagged = insertTags(mentions, into: document)
            let target = URL(fileURLWithPath: outputDir).appendingPathComponent(URL(fileURLWithPath: file).lastPathComponent).path
            try OutputFile.write(document.head + tagged + document.tail, to: target)
        }
        console.error("tagged \(files.count) file\(files.count == 1 ? "" : "s") into \(outputDir)")
        return .ok
    }

    /// `rawText` with a TIMEX3 element around each mention (mapped back from `text` offsets).
    static func insertTags(_ mentions: [TemporalMention], into document: TimeMLDocument) -> String {
        let raw = Array(document.rawText.unicodeScalars)
        var out = String.UnicodeScalarView()
        var position = 0
        var tid = 1
        for m in mentions {
            let start = document.rawOffset(ofTextOffset: m.start)
            let end = document.rawOffset(ofTextOffset: m.end)
            guard start >= position, end > start, end <= raw.count else { continue }
            out.append(contentsOf: raw[position..<start])
            var open = "<TIMEX3 tid=\"t\(tid)\" type=\"\(m.value.type.rawValue)\" value=\"\(escape(m.value.value))\""
            if let mod = m.value.mod { open += " mod=\"\(mod.rawValue)\"" }
            open += ">"
            out.append(contentsOf: open.unicodeScalars)
            out.append(contentsOf: raw[start..<end])
            out.append(contentsOf: "</TIMEX3>".unicodeScalars)
            position = end
            tid += 1
        }
        out.append(contentsOf: raw[position...])
        return String(out)
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
