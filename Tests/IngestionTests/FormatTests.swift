import Foundation
import Testing
@testable import Ingestion

@Suite struct FormatTests {
    @Test func plainTextKeepsTheTextAndNamesTheArticleAfterItsFile() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("wire-1.txt", "MOSCOW, July 25, 2024\n\nPutin met Assad.\n")
        let article = try #require(try corpus.read().articles.first)
        #expect(article.id == "wire-1")
        #expect(article.location == path)
        #expect(article.text == "MOSCOW, July 25, 2024\n\nPutin met Assad.\n")
        #expect(article.outlet == nil)
    }

    @Test func markdownFrontMatterGivesMetadataAndTheBodyLosesMarkup() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("note.md", """
        ---
        title: "Leaders meet"
        source: Example Wire
        url: https://example.com/a
        published: 2024-07-25
        language: en
        id: leaders-meet
        ---
        # Leaders meet

        The **two** presidents *met* in [Moscow](https://example.com/moscow), see <https://kremlin.ru>.
        ![photo](a.jpg)
        * a list item
        """)
        let article = try #require(try corpus.read().articles.first)
        #expect(article.id == "leaders-meet")
        #expect(article.title == "Leaders meet")
        #expect(article.outlet == "Example Wire")
        #expect(article.url == "https://example.com/a")
        #expect(article.language == "en")
        #expect(article.published == date("2024-07-25"))
        #expect(article.publishedFrom == .frontMatter)
        #expect(article.text == "Leaders meet\n\nThe two presidents met in Moscow, see <https://kremlin.ru>.\nphoto\n* a list item")
    }

    @Test func markdownWithoutFrontMatterIsAllBody() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("plain.md", "July 25, 2024\n\nText __strong__ here.")
        let article = try #require(try corpus.read().articles.first)
        #expect(article.text == "July 25, 2024\n\nText strong here.")
        #expect(article.publishedFrom == .dateline)
    }

    @Test func htmlGivesArticleTextAndPageMetadata() throws {
        let path = fixtures.appendingPathComponent("html/wire-story.html").path
        let corpus = try CorpusReader.read(paths: [path])
        let article = try #require(corpus.articles.first)
        #expect(article.id == "wire-story")
        #expect(article.title == "Leaders meet in Moscow")
        #expect(article.outlet == "Example News")
        #expect(article.url == "https://news.example.com/world/leaders-meet-in-moscow")
        #expect(article.language == "en")
        #expect(article.published == date("2024-07-24"))
        #expect(article.publishedFrom == .htmlMetadata)
        #expect(article.publishedEvidence == "meta article:published_time 2024-07-24T23:30:00-04:00")
        #expect(article.text == """
        Leaders meet in Moscow

        The two presidents met late on Wednesday, officials said\u{00A0}\u{2014} the first such meeting since 2023.

        \u{201C}It was useful,\u{201D} a spokesman said. Prices rose 5% and \u{20AC}10 bought less; AT&T was not involved.

        First point

        Second point

        A quoted passage.

        Kept CDATA text
        """.replacingOccurrences(of: "\u{00A0}", with: " "))
    }

    @Test func jsonLinesGivesOneArticlePerLine() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("feed.jsonl", """
        {"id": "a1", "title": "First", "outlet": "Wire", "url": "https://x.test/a", "published": "2024-07-25", "text": "One."}

        {"text": "Two.", "source": "Other", "published": "July 24, 2024"}
        {"id": 7, "text": "Three.", "published": "2024-07-23T23:59:00-07:00"}
        """)
        let articles = try corpus.read().articles
        #expect(articles.map(\.id) == ["a1", "feed-3", "7"])
        #expect(articles.map(\.location) == ["\(path):1", "\(path):3", "\(path):4"])
        #expect(articles.map(\.outlet) == ["Wire", "Other", nil])
        #expect(articles.map(\.published) == [date("2024-07-25"), date("2024-07-24"), date("2024-07-23")])
        #expect(articles.allSatisfy { $0.publishedFrom == .jsonField })
        #expect(articles[0].title == "First" && articles[0].url == "https://x.test/a")
    }

    @Test func timeMLGivesTheTextAndTheCreationDate() throws {
        let path = fixtures.appendingPathComponent("timeml/timebank-style.tml").path
        let article = try #require(try CorpusReader.read(paths: [path]).articles.first)
        #expect(article.id == "timebank-style")
        #expect(article.title == "Explosions rock embassies")
        #expect(article.published == date("1998-08-07"))
        #expect(article.publishedFrom == .documentCreationTime)
        #expect(article.text.contains("Suspected bombs exploded outside the embassies Friday, AT&T said."))
    }

    @Test func foldersAreReadRecursivelyInSortedOrderSkippingHiddenAndOtherFiles() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("b.txt", "July 25, 2024\nB text.")
        try corpus.write("a/z.md", "---\npublished: 2024-07-25\n---\nZ text.")
        try corpus.write("a/c.html", "<p>July 25, 2024</p><p>C text.</p>")
        try corpus.write(".hidden.txt", "July 25, 2024\nHidden.")
        try corpus.write(".git/d.txt", "July 25, 2024\nHidden folder.")
        try corpus.write("notes.pdf", "July 25, 2024\nNot an article.")
        try corpus.write("data.json", "{}")
        #expect(try corpus.read().articles.map(\.id) == ["c", "z", "b"])
    }

    @Test func filesAndFoldersMixOnTheCommandLine() throws {
        let corpus = try TemporaryCorpus()
        let one = try corpus.write("one/a.txt", "July 25, 2024\nA.")
        try corpus.write("two/b.txt", "July 25, 2024\nB.")
        let read = try CorpusReader.read(paths: [corpus.path("two"), one, one])
        #expect(read.articles.map(\.id) == ["b", "a"])
    }
}
