/// A date that one group of sources gives for an event, against the date its entry carries.
public struct Conflict: Hashable, Sendable, Codable {
    public var when: TemporalValue
    /// Article ids that give this date.
    public var sources: [String]
    public var citations: [Citation]

    public init(when: TemporalValue, sources: [String], citations: [Citation]) {
        self.when = when
        self.sources = sources
        self.citations = citations
    }
}

/// One event of the merged chronology, with every source that reports it.
public struct ChronologyEntry: Hashable, Sendable, Codable {
    /// Stable id: adding an unrelated article does not change it.
    public var id: String
    public var when: TemporalValue
    public var summary: String
    public var kind: EventKind
    public var citations: [Citation]
    /// Other dates that sources give for this same event; empty when all agree.
    public var conflicts: [Conflict]
    /// Why `when` was chosen among the dates sources gave (nil when they agree).
    public var dateReason: String?

    public init(id: String, when: TemporalValue, summary: String, kind: EventKind, citations: [Citation],
                conflicts: [Conflict] = [], dateReason: String? = nil) {
        self.id = id
        self.when = when
        self.summary = summary
        self.kind = kind
        self.citations = citations
        self.conflicts = conflicts
        self.dateReason = dateReason
    }

    /// Article ids of every citation, in first-cited order, without repeats.
    public var sources: [String] {
        var seen = Set<String>()
        return (citations + conflicts.flatMap(\.citations)).map(\.source).filter { seen.insert($0).inserted }
    }
}

/// The merged timeline of a corpus: entries in date order and the articles they cite.
public struct Chronology: Hashable, Sendable, Codable {
    public var title: String?
    public var entries: [ChronologyEntry]
    /// The articles, for the sources table (their text is not rendered).
    public var sources: [Article]

    public init(title: String? = nil, entries: [ChronologyEntry], sources: [Article]) {
        self.title = title
        self.entries = entries
        self.sources = sources
    }

    /// The first line of every rendered Markdown chronology. Ingestion skips files that start
    /// with it, so a timeline written into its own corpus folder is never read as an article.
    public static let markdownSignature = "<!-- timeline: generated chronology, not an article -->"
}
