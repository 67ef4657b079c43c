import Foundation
import Testing
@testable import Ingestion

@Suite struct PublicationDateTests {
    /// Reads one HTML page and returns its only article.
    func page(_ html: String) throws -> Article {
        let corpus = try TemporaryCorpus()
        try corpus.write("page.html", html)
        return try #require(try corpus.read().articles.first)
    }

    @Test func manifestDateOverridesFrontMatterAndTheRest() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.md", "---\npublished: 2020-01-01\ntitle: Own title\n---\nJuly 3, 2019\nText.")
        try corpus.write("sources.json", #"{"story": "s", "articles": [{"file": "a.md", "published": "2024-07-25", "title": "Manifest title", "outlet": "Wire", "url": "https://x.test/2022/01/01/a", "id": "m-a"}]}"#)
        let article = try #require(try corpus.read().articles.first)
        #expect(article.published == date("2024-07-25"))
        #expect(article.publishedFrom == .manifest)
        #expect(article.publishedEvidence == "sources.json: 2024-07-25")
        #expect(article.title == "Manifest title")
        #expect(article.outlet == "Wire")
        #expect(article.id == "m-a")
    }

    @Test func statedDateBeatsHTMLMetadataWhichBeatsURLWhichBeatsDateline() throws {
        // Each step removes the strongest source left and expects the next one.
        let dateline = "<p>June 1, 2021</p><p>Body.</p>"
        let url = "<link rel=canonical href=https://x.test/2022/02/02/story>"
        let meta = "<meta property=article:published_time content=2023-03-03T10:00:00Z>"
        #expect(try page(meta + url + dateline).publishedFrom == .htmlMetadata)
        #expect(try page(meta + url + dateline).published == date("2023-03-03"))
        #expect(try page(url + dateline).publishedFrom == .urlPath)
        #expect(try page(url + dateline).published == date("2022-02-02"))
        #expect(try page(dateline).publishedFrom == .dateline)
        #expect(try page(dateline).published == date("2021-06-01"))
        let corpus = try TemporaryCorpus()
        try corpus.write("a.jsonl", #"{"text": "June 1, 2021\nBody.", "url": "https://x.test/2022/02/02/a", "published": "2024-07-25"}"#)
        #expect(try corpus.read().articles.first?.publishedFrom == .jsonField)
    }

    @Test func zoneOffsetsKeepTheLocalCalendarDayBothWaysAroundMidnight() throws {
        let late = try page("<meta property='article:published_time' content='2024-07-24T23:30:00-04:00'><p>Text.</p>")
        #expect(late.published == date("2024-07-24"))
        let early = try page("<meta property=\"article:published_time\" content=\"2024-07-25T00:15:00+03:00\"><p>Text.</p>")
        #expect(early.published == date("2024-07-25"))
    }

    @Test func jsonLDDatePublishedIsFoundInGraphsAndArrays() throws {
        let graph = try page(#"<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2024-07-25T01:00:00+03:00", "publisher": {"name": "LD Wire"}}]}</script><p>Text.</p>"#)
        #expect(graph.published == date("2024-07-25"))
        #expect(graph.publishedEvidence == "JSON-LD datePublished 2024-07-25T01:00:00+03:00")
        #expect(graph.outlet == "LD Wire")
        let array = try page(#"<SCRIPT TYPE="application/ld+json">[{"@type": "Thing"}, {"article": {"datePublished": "2019-05-06"}}]</SCRIPT><p>Text.</p>"#)
        #expect(array.published == date("2019-05-06"))
        let broken = try page(#"<script type="application/ld+json">{"datePublished": </script><p>July 2, 2020</p>"#)
        #expect(broken.publishedFrom == .dateline)
    }

    @Test func timeElementDatetimeIsMetadata() throws {
        let article = try page(#"<p>By a reporter <time datetime="2024-07-25T08:00">Thursday morning</time></p><p>Text.</p>"#)
        #expect(article.published == date("2024-07-25"))
        #expect(article.publishedFrom == .htmlMetadata)
        #expect(article.publishedEvidence == "<time datetime> 2024-07-25T08:00")
    }

    @Test func urlPathDates() {
        #expect(URLDate.find(in: "https://www.themoscowtimes.com/2024/07/25/putin-meets-a85817")?.date == date("2024-07-25"))
        #expect(URLDate.find(in: "https://x.test/news/20240725/story.html")?.date == date("2024-07-25"))
        #expect(URLDate.find(in: "https://x.test/news/story-2024-07-25.html")?.date == date("2024-07-25"))
        #expect(URLDate.find(in: "https://x.test/2024/02/30/story")?.date == nil)
        #expect(URLDate.find(in: "https://x.test/world/2024/07/story")?.year == 2024)
        #expect(URLDate.find(in: "https://x.test/world/2024/07/story")?.date == nil)
        #expect(URLDate.find(in: "https://x.test/id/12345678/story") == nil)
        #expect(URLDate.find(in: "https://x.test/story?d=2024/07/25") == nil)
    }

    @Test func datelineWithoutYearTakesTheYearFromTheURL() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("feed.jsonl", #"{"text": "MOSCOW, July 25 (Reuters) - Putin met Assad.", "url": "https://x.test/world/2024/07/putin-assad"}"#)
        let article = try #require(try corpus.read().articles.first)
        #expect(article.published == date("2024-07-25"))
        #expect(article.publishedFrom == .dateline)
        #expect(article.publishedEvidence == "\"July 25\", year 2024 from the URL")
    }

    @Test func numericDatelineIsReadWhenOnlyOneOrderFits() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("wire.txt", "WASHINGTON, 07/25/2024 (AP) - Putin met Assad.\n")
        try corpus.write("ambiguous.txt", "PARIS, 05/07/2024 - Putin met Assad.\n")
        let articles = try corpus.read(IngestionOptions(defaultPublished: date("2000-01-01"))).articles
        let wire = try #require(articles.first { $0.location?.hasSuffix("wire.txt") == true })
        #expect(wire.published == date("2024-07-25"))
        #expect(wire.publishedFrom == .dateline)
        let ambiguous = try #require(articles.first { $0.location?.hasSuffix("ambiguous.txt") == true })
        #expect(ambiguous.published == date("2000-01-01"), "05/07/2024 is May 7 or 5 July: the default, not a guess")
    }

    @Test func datelineWithoutYearAndNoOtherSourceIsNotEnough() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("reuters.txt", "MOSCOW, July 25 (Reuters) - Putin met Assad.")
        let error = try #require(corpus.error())
        #expect(error.kind == .undated)
        #expect(error.message.contains(path))
    }

    @Test func dateLineNearTheTop() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.txt", "\n\n# Putin Meets Assad\n\nJuly 25, 2024\n\nPutin met Assad on July 24, 2023.")
        let article = try #require(try corpus.read().articles.first)
        #expect(article.published == date("2024-07-25"))
        #expect(article.publishedEvidence == "\"July 25, 2024\"")
    }

    @Test func datesDeepInTheTextAreNotDatelines() throws {
        let corpus = try TemporaryCorpus()
        let filler = (1...6).map { "Line \($0) of the story." }.joined(separator: "\n")
        try corpus.write("late.txt", filler + "\nJuly 25, 2024")
        try corpus.write("far.txt", String(repeating: "word ", count: 20) + "and then on July 25, 2024 it happened.")
        let error = try #require(corpus.error())
        #expect(error.kind == .undated)
        #expect(error.message.contains("far.txt") && error.message.contains("late.txt"))
    }

    @Test func publishedOptionSetsTheDateOfAOneArticleCorpus() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.txt", "July 1, 2020\nText.")
        let article = try #require(try corpus.read(IngestionOptions(published: date("2024-07-25"))).articles.first)
        #expect(article.published == date("2024-07-25"))
        #expect(article.publishedFrom == .commandLine)
    }

    @Test func publishedOptionWithSeveralArticlesIsAUsageError() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.txt", "A.")
        try corpus.write("b.txt", "B.")
        let error = try #require(corpus.error(nil, IngestionOptions(published: date("2024-07-25"))))
        #expect(error.kind == .usage)
        #expect(error.message.contains("--published"))
    }

    @Test func defaultPublishedDatesOnlyTheUndatedArticles() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.txt", "July 1, 2020\nText A.")
        try corpus.write("b.txt", "Text B.")
        let articles = try corpus.read(IngestionOptions(defaultPublished: date("2024-07-25"))).articles
        #expect(articles.map(\.published) == [date("2020-07-01"), date("2024-07-25")])
        #expect(articles.map(\.publishedFrom) == [.dateline, .defaultFlag])
    }

    @Test func undatedErrorNamesEveryUndatedFileAndSuggestsTheOptions() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.txt", "Text A.")
        try corpus.write("b.txt", "July 1, 2020\nText B.")
        try corpus.write("c.txt", "Text C.")
        let error = try #require(corpus.error())
        #expect(error.kind == .undated)
        #expect(error.message.contains(corpus.path("a.txt")) && error.message.contains(corpus.path("c.txt")))
        #expect(!error.message.contains("b.txt"))
        #expect(error.hint?.contains("--published DATE") == true)
        #expect(error.hint?.contains("--default-published DATE") == true)
    }
}
