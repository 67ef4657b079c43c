import Foundation
import Ingestion

/// `timeline sources`: list the articles of a corpus with their publication dates.
enum SourcesCommand: Command {
    static let name = "sources"
    static let summary = "list the articles of a corpus with their publication dates"
    static let help = """
    Usage: timeline sources [OPTIONS] CORPUS...

    Lists the articles of a corpus: id, outlet, publication date, how that date was
    found, and the number of words. CORPUS is any mix of files and folders (read
    recursively): .txt, .md (with front matter), .html, .jsonl and .tml, with an
    optional sources.json manifest beside them.

    Options:
      --format text|json          a table (default) or a JSON array
      --published DATE            the publication date (YYYY-MM-DD) of a one-article corpus
      --default-published DATE    the date of articles whose own date cannot be found
      --output FILE               write to FILE instead of standard output
      -h, --help                  show this help

    Warnings (skipped files, duplicates, guessed encodings) go to standard error.

    Exit codes: 0 ok, 64 usage, 65 bad input data (bad date, no date, duplicate id,
    no articles), 66 input missing or unreadable, 73 output cannot be written.

    Example:
      timeline sources timelines/putin-assad-2024
      timeline sources --format json --default-published 2024-07-25 articles/
    """

    enum Format: String { case text, json }

    struct Options {
        var paths: [String] = []
        var format = Format.text
        var ingestion = IngestionOptions()
        var output: String?
    }

    static func parse(_ arguments: ArgumentScanner) throws -> Options {
        var scanner = arguments
        var options = Options()
        while let item = try scanner.next() {
            switch item {
            case .positional(let path):
                options.paths.append(path)
            case .option("--format"):
                options.format = try scanner.value(of: "--format", expected: "text or json") { Format(rawValue: $0) }
            case .option("--published"):
                options.ingestion.published = try scanner.date(of: "--published")
            case .option("--default-published"):
                options.ingestion.defaultPublished = try scanner.date(of: "--default-published")
            case .option("--output"), .option("-o"):
                options.output = try scanner.value(of: "--output")
            case .option(let other):
                throw scanner.unknown(other)
            }
        }
        guard !options.paths.isEmpty else {
            throw CommandError.usage("no corpus given: name files or folders of articles", command: name)
        }
        return options
    }

    static func run(_ arguments: ArgumentScanner, console: Console) throws -> ExitCode {
        let options = try parse(arguments)
        let corpus: Corpus
        do {
            corpus = try CorpusReader.read(paths: options.paths, options: options.ingestion)
        } catch let error as IngestionError {
            throw error.commandError(command: name)
        }
        for warning in corpus.warnings { console.warning(warning.description) }
        let rendered = switch options.format {
        case .text: SourcesTable.render(corpus.articles)
        case .json: try SourcesJSON.render(corpus.articles)
        }
        if let output = options.output {
            try OutputFile.write(rendered, to: output)
        } else {
            console.write(rendered)
        }
        return .ok
    }
}

/// The `sources` table: one aligned row per article; a DUPLICATES column appears when some text
/// was found more than once.
enum SourcesTable {
    static let headers = ["ID", "OUTLET", "PUBLISHED", "FROM", "WORDS"]

    static func render(_ articles: [Article]) -> String {
        let showDuplicates = articles.contains { !$0.duplicates.isEmpty }
        let rows = articles.map { a in
            [a.id, a.outlet ?? "-", a.published.iso, a.publishedFrom.rawValue, String(SourcesJSON.words(a.text))]
                + (showDuplicates ? [a.duplicates.isEmpty ? "-" : a.duplicates.map(\.id).joined(separator: ", ")] : [])
        }
        let all = [headers + (showDuplicates ? ["DUPLICATES"] : [])] + rows
        let widths = all[0].indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}

/// The `sources --format json` array.
enum SourcesJSON {
    struct Row: Encodable {
        var id: String
        var title: String?
        var outlet: String?
        var url: String?
        var published: String
        var publishedFrom: String
        var publishedEvidence: String?
        var location: String?
        var words: Int
        var duplicates: [DuplicateCopy]

        enum CodingKeys: String, CodingKey {
            case id, title, outlet, url, published, publishedFrom, publishedEvidence, location, words, duplicates
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(outlet, forKey: .outlet)
            try c.encode(url, forKey: .url)
            try c.encode(published, forKey: .published)
            try c.encode(publishedFrom, forKey: .publishedFrom)
            try c.encode(publishedEvidence, forKey: .publishedEvidence)
            try c.encode(location, forKey: .location)
            try c.encode(words, forKey: .words)
            try c.encode(duplicates, forKey: .duplicates)
        }
    }

    static func render(_ articles: [Article]) throws -> String {
        let rows = articles.map {
            Row(id: $0.id, title: $0.title, outlet: $0.outlet, url: $0.url, published: $0.published.iso,
                publishedFrom: $0.publishedFrom.rawValue, publishedEvidence: $0.publishedEvidence,
                location: $0.location, words: words($0.text), duplicates: $0.duplicates)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(rows)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Words: runs of non-space characters that hold a letter or a digit.
    static func words(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
    }
}
