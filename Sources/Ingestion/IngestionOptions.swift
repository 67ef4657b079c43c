/// Choices that change how a corpus is read.
public struct IngestionOptions: Sendable {
    /// The publication date of the corpus's only article (`--published`); an error when there are several.
    public var published: CalendarDate?
    /// The publication date of articles whose own date cannot be found (`--default-published`).
    public var defaultPublished: CalendarDate?

    public init(published: CalendarDate? = nil, defaultPublished: CalendarDate? = nil) {
        self.published = published
        self.defaultPublished = defaultPublished
    }
}

/// The articles read from a set of paths, in a stable order, and what was odd about them.
public struct Corpus: Sendable {
    public var articles: [Article]
    public var warnings: [IngestionWarning]
    /// The story the manifests name (`"story"` in `sources.json`), when they name exactly one.
    public var title: String?

    public init(articles: [Article], warnings: [IngestionWarning] = [], title: String? = nil) {
        self.articles = articles
        self.warnings = warnings
        self.title = title
    }
}
