import Ingestion
import TemporalResolution
import Timeline
import TimelineRendering

/// `timeline build`: build a cited chronology from a corpus of articles.
enum BuildCommand: Command {
    static let name = "build"
    static let summary = "build a cited chronology from a corpus of articles"
    static let help = """
    Usage: timeline build [OPTIONS] CORPUS...

    Reads the articles in CORPUS (files and folders: .txt, .md with front matter, .html, .jsonl,
    TimeML .tml, and sources.json manifests), finds when each event happened, merges the reports
    of every source into one chronology and prints it. Each entry cites the sentences it was read
    from; when sources disagree on a date, the entry says so and why it chose its date.

    Options:
      --format FORMAT          markdown (default) or json (versioned "timeline/1", described by
                               Sources/TimelineRendering/Schema/timeline-1.schema.json)
      --output FILE            write to FILE (replaced whole, or left as it was on failure)
                               instead of standard output
      --title TEXT             the chronology's title
      --published DATE         the publication date of a corpus of one article (YYYY-MM-DD)
      --default-published DATE the publication date of articles whose own date cannot be found
      --day-first              read 03/04/2024 as 3 April (default: month first, March 4)

    Warnings go to standard error. Exit codes: 0 ok, 64 usage, 65 bad input data (no publication
    date, bad JSON line), 66 input missing or unreadable, 73 output cannot be written.

    Examples:
      timeline build timelines/putin-assad-2024/sources.json
      timeline build --format json --output timeline.json articles/
      timeline build --published 2024-07-25 --title "Putin meets Assad" article.txt
    """

    enum Format: String {
        case markdown, json
    }

    struct Options {
        var format = Format.markdown
        var output: String?
        var ingestion = IngestionOptions()
        var timeline = TimelineOptions()
        var paths: [String] = []
    }

    static func run(_ arguments: ArgumentScanner, console: Console) throws -> ExitCode {
        let options = try parse(arguments)
        let chronology: Chronology
        do {
            let result = try TimelineBuilder.build(paths: options.paths, ingestion: options.ingestion, options: options.timeline)
            chronology = result.chronology
            for warning in result.warnings { console.warning(warning.description) }
        } catch let error as IngestionError {
            throw error.commandError(command: name)
        }
        let text: String
        switch options.format {
        case .markdown: text = MarkdownRenderer.format(chronology)
        case .json: text = JSONRenderer.format(chronology, options: .init(tool: "timeline \(TimelineCommandLine.version)"))
        }
        if let output = options.output {
            try OutputFile.write(text, to: output)
        } else {
            console.write(text)
        }
        return .ok
    }

    static func parse(_ arguments: ArgumentScanner) throws -> Options {
        var args = arguments
        var options = Options()
        while let item = try args.next() {
            switch item {
            case .option("--format"):
                options.format = try args.value(of: "--format", expected: "markdown or json") { Format(rawValue: $0) }
            case .option("--output"), .option("-o"):
                options.output = try args.value(of: "--output")
            case .option("--title"):
                options.timeline.title = try args.value(of: "--title")
            case .option("--published"):
                options.ingestion.published = try args.date(of: "--published")
            case .option("--default-published"):
                options.ingestion.defaultPublished = try args.date(of: "--default-published")
            case .option("--day-first"):
                options.timeline.resolver.numericDateOrder = .dayFirst
            case .option(let other):
                throw args.unknown(other)
            case .positional(let path):
                options.paths.append(path)
            }
        }
        guard !options.paths.isEmpty else {
            throw CommandError.usage("no corpus given: name files or folders of articles", command: name)
        }
        return options
    }
}
