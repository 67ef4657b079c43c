import Dispatch
import Foundation
import EventExtraction
import Ingestion
import TemporalResolution
import TimelineMerging

/// Choices for building a chronology: how dates are read, how events merge, and the title.
public struct TimelineOptions: Sendable {
    /// The chronology's title (the Markdown heading); nil for none.
    public var title: String?
    /// How the resolver reads ambiguous dates (`--day-first`).
    public var resolver: ResolverOptions
    /// When reports count as the same event.
    public var merge: MergeOptions

    public init(title: String? = nil, resolver: ResolverOptions = ResolverOptions(), merge: MergeOptions = MergeOptions()) {
        self.title = title
        self.resolver = resolver
        self.merge = merge
    }
}

/// The library in one call: from articles (or the files that hold them) to a cited chronology.
///
/// ```swift
/// import Timeline
///
/// let (chronology, warnings) = try TimelineBuilder.build(paths: ["timelines/putin-assad-2024/sources.json"])
/// print(MarkdownRenderer.format(chronology))
/// ```
///
/// Each article is resolved (temporal expressions against its publication date) and its events
/// extracted on its own, in parallel; the events of all articles are then merged. The result
/// does not depend on the order of the articles or on the number of threads.
public enum TimelineBuilder {
    /// Builds the chronology of `articles`.
    public static func build(articles: [Article], options: TimelineOptions = TimelineOptions()) -> Chronology {
        EventMerger.merge(events(in: articles, options: options), sources: articles, title: options.title,
                          options: options.merge)
    }

    /// Reads the articles of `paths` (files and folders, see `CorpusReader`) and builds their chronology.
    ///
    /// The title, unless `options` gives one, is the story the corpus's `sources.json` names.
    /// Throws `IngestionError` when the corpus cannot be read; returns the reader's warnings.
    public static func build(paths: [String], ingestion: IngestionOptions = IngestionOptions(),
                             options: TimelineOptions = TimelineOptions()) throws -> (chronology: Chronology, warnings: [IngestionWarning]) {
        let corpus = try CorpusReader.read(paths: paths, options: ingestion)
        var options = options
        if options.title == nil { options.title = corpus.title }
        return (build(articles: corpus.articles, options: options), corpus.warnings)
    }

    /// Reads the articles of file URLs (files and folders) and builds their chronology; see `build(paths:ingestion:options:)`.
    public static func build(files: [URL], ingestion: IngestionOptions = IngestionOptions(),
                             options: TimelineOptions = TimelineOptions()) throws -> (chronology: Chronology, warnings: [IngestionWarning]) {
        try build(paths: files.map(\.path), ingestion: ingestion, options: options)
    }

    /// The dated and undated events of every article, article by article in the order given.
    public static func events(in articles: [Article], options: TimelineOptions = TimelineOptions()) -> [Event] {
        let resolver = DateResolver(options: options.resolver)
        let results = Slots<[Event]>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { i in
            let article = articles[i]
            let mentions = resolver.resolve(article.text, anchor: article.published)
            results.set(i, EventExtractor().events(in: article, mentions: mentions))
        }
        return results.values.flatMap { $0 ?? [] }
    }
}

/// One result per index, filled from several threads.
private final class Slots<T>: @unchecked Sendable {
    private var items: [T?]
    private let lock = NSLock()

    init(count: Int) {
        items = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        items[index] = value
        lock.unlock()
    }

    var values: [T?] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
