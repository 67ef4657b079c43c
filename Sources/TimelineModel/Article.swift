/// How an article's publication date was found, in the order ingestion tries them.
public enum PublicationDateSource: String, Sendable, Codable, CaseIterable {
    /// `--published` on the command line.
    case commandLine = "command-line"
    /// A `sources.json` manifest beside the files.
    case manifest
    /// Markdown front matter (`published:`).
    case frontMatter = "front-matter"
    /// The `published` field of a JSON Lines record.
    case jsonField = "jsonl-field"
    /// The document creation time (`<DCT>`) of a TimeML document.
    case documentCreationTime = "timeml-dct"
    /// HTML metadata (`article:published_time`, JSON-LD `datePublished`, `<time datetime>`).
    case htmlMetadata = "html-metadata"
    /// A date in the URL path (`/2024/07/25/`).
    case urlPath = "url-path"
    /// A dateline or date line near the top of the text.
    case dateline
    /// `--default-published`, for files with no date of their own.
    case defaultFlag = "default-published"
    /// Given by a program that built the `Article` itself.
    case caller
}

/// One news article, ready for analysis: its text and what is known about where and when it appeared.
public struct Article: Hashable, Sendable, Codable {
    /// Stable, readable id: the manifest's or front matter's `id`, else the file name, else the JSONL `id` or line.
    public var id: String
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var language: String?
    public var published: CalendarDate
    public var publishedFrom: PublicationDateSource
    /// What the date was read from, for humans: `meta article:published_time`, `"July 25, 2024"`, a URL.
    public var publishedEvidence: String?
    /// The file the article came from (with `:line` for JSON Lines), nil for articles built in code.
    public var location: String?
    /// Ids and outlets of other copies with identical text (syndication), kept as this one source.
    public var duplicates: [DuplicateCopy]
    /// The article body as plain text.
    public var text: String

    public init(id: String, title: String? = nil, outlet: String? = nil, url: String? = nil, language: String? = nil,
                published: CalendarDate, publishedFrom: PublicationDateSource = .caller, publishedEvidence: String? = nil,
                location: String? = nil, duplicates: [DuplicateCopy] = [], text: String) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.url = url
        self.language = language
        self.published = published
        self.publishedFrom = publishedFrom
        self.publishedEvidence = publishedEvidence
        self.location = location
        self.duplicates = duplicates
        self.text = text
    }

    /// Every outlet that published this text: its own and those of its duplicates, without repeats.
    public var outlets: [String] {
        var seen = Set<String>()
        return ([outlet] + duplicates.map(\.outlet)).compactMap { $0 }.filter { seen.insert($0).inserted }
    }
}

/// Another copy of an article's text, found under another id.
public struct DuplicateCopy: Hashable, Sendable, Codable {
    public var id: String
    public var outlet: String?
    public var location: String?

    public init(id: String, outlet: String? = nil, location: String? = nil) {
        self.id = id
        self.outlet = outlet
        self.location = location
    }
}
