import Foundation
import Testing
@testable import Ingestion

@Suite struct BadInputTests {
    @Test func missingPath() throws {
        let corpus = try TemporaryCorpus()
        let path = corpus.path("nowhere")
        let error = try #require(corpus.error([path]))
        #expect(error.kind == .missing)
        #expect(error.message.contains(path))
    }

    @Test func folderWithNoArticles() throws {
        let corpus = try TemporaryCorpus()
        let empty = try corpus.folder("empty")
        try corpus.write("empty/readme.pdf", "not an article")
        try corpus.write("full/a.txt", "July 25, 2024\nText.")
        let error = try #require(corpus.error([corpus.path("full"), empty]))
        #expect(error.kind == .noArticles)
        #expect(error.message.contains(empty))
    }

    @Test(.enabled(if: geteuid() != 0, "root can read any file"))
    func unreadableFile() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("locked.txt", "July 25, 2024\nText.")
        _ = chmod(path, 0)
        let error = try #require(corpus.error())
        #expect(error.kind == .unreadable)
        #expect(error.message.contains(path))
    }

    @Test func invalidUTF8IsReadAsWindows1252WithAWarning() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("latin.txt", bytes: Array("July 25, 2024\nIt".utf8) + [0x92, 0x73] + Array(" caf".utf8) + [0xE9, 0x2E])
        let read = try corpus.read()
        #expect(read.articles.first?.text == "July 25, 2024\nIt\u{2019}s caf\u{E9}.")
        #expect(read.warnings.contains { $0.file == path && $0.message.contains("Windows-1252") })
    }

    @Test func fileWithNulBytesIsSkippedWithAWarning() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("binary.txt", bytes: [0x4A, 0x75, 0x00, 0x01, 0x02])
        try corpus.write("good.txt", "July 25, 2024\nText.")
        let read = try corpus.read()
        #expect(read.articles.map(\.id) == ["good"])
        #expect(read.warnings.contains { $0.file == path && $0.message.contains("NUL") })
    }

    @Test func emptyAndBlankFilesAreSkippedWithAWarning() throws {
        let corpus = try TemporaryCorpus()
        let empty = try corpus.write("empty.txt", "")
        let blank = try corpus.write("blank.md", "  \n\t\n")
        try corpus.write("good.txt", "July 25, 2024\nText.")
        let read = try corpus.read()
        #expect(read.articles.map(\.id) == ["good"])
        #expect(read.warnings.map(\.file).sorted() == [blank, empty].sorted())
    }

    @Test func onlyEmptyFilesMeansNoArticles() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("empty.txt", "")
        #expect(corpus.error()?.kind == .noArticles)
    }

    @Test func noArticlesSaysWhyEachFileWasSkipped() throws {
        let corpus = try TemporaryCorpus()
        let binary = try corpus.write("binary.txt", bytes: [0x50, 0x00, 0xFF, 0x00, 0x41])
        let empty = try corpus.write("empty.md", "  \n")
        let folderError = try #require(corpus.error())
        #expect(folderError.kind == .noArticles)
        #expect(folderError.message.contains("\(binary): "))
        #expect(folderError.message.contains("\(empty): empty file"))
        let fileError = try #require(corpus.error([binary]))
        #expect(fileError.kind == .noArticles)
        #expect(fileError.message.contains("\(binary): "))
        #expect(!fileError.message.contains("empty.md"))
    }

    @Test func frontMatterThatNeverCloses() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("open.md", "---\ntitle: T\npublished: 2024-07-25\n\nBody text.")
        let error = try #require(corpus.error())
        #expect(error.kind == .invalidData)
        #expect(error.message.hasPrefix("\(path):1:"))
        #expect(error.message.contains("never closed"))
    }

    @Test func theFirstBadFileInReadingOrderIsReported() throws {
        let corpus = try TemporaryCorpus()
        for k in 0..<20 { try corpus.write("f\(k + 10).md", "---\ntitle: T\n") }
        let error = try #require(corpus.error())
        #expect(error.message.hasPrefix(corpus.path("f10.md") + ":1:"))
    }

    @Test(arguments: ["2024-02-30", "2024-13-01", "soon"])
    func badFrontMatterDate(_ value: String) throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("bad.md", "---\ntitle: T\npublished: \(value)\n---\nBody.")
        let error = try #require(corpus.error())
        #expect(error.kind == .invalidData)
        #expect(error.message.hasPrefix("\(path):3:"))
        #expect(error.message.contains(value))
    }

    @Test func badJSONLinesDate() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("feed.jsonl", "{\"text\": \"A.\", \"published\": \"2024-07-25\"}\n{\"text\": \"B.\", \"published\": \"2024-02-30\"}\n")
        let error = try #require(corpus.error())
        #expect(error.kind == .invalidData)
        #expect(error.message.hasPrefix("\(path):2:"))
        #expect(error.message.contains("2024-02-30"))
    }

    @Test func jsonLinesDateThatIsNotAString() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("feed.jsonl", "{\"text\": \"A.\", \"published\": 20240725}\n")
        let error = try #require(corpus.error())
        #expect(error.kind == .invalidData)
        #expect(error.message.hasPrefix("\(path):1:"))
    }

    @Test func invalidHTMLMetadataDateIsIgnoredWithAWarning() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("page.html", "<meta property=article:published_time content=2024-02-30><time datetime=2024-02-28></time><p>Text.</p>")
        let read = try corpus.read()
        #expect(read.articles.first?.published == date("2024-02-28"))
        #expect(read.warnings.contains { $0.file == path && $0.message.contains("2024-02-30") })
    }

    @Test func jsonLineThatIsNotJSON() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("feed.jsonl", "{\"text\": \"A.\", \"published\": \"2024-07-25\"}\n\n{\"text\": \"B.\"\n")
        let error = try #require(corpus.error())
        #expect(error.kind == .invalidData)
        #expect(error.message.hasPrefix("\(path):3:"))
    }

    @Test func jsonLineWithoutText() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("feed.jsonl", "{\"title\": \"No text\", \"published\": \"2024-07-25\"}\n")
        let error = try #require(corpus.error())
        #expect(error.kind == .invalidData)
        #expect(error.message.hasPrefix("\(path):1:"))
        #expect(error.message.contains("text"))
    }

    @Test func manifestNamingAMissingFile() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.txt", "Text.")
        let manifest = try corpus.write("sources.json", #"{"articles": [{"file": "a.txt", "published": "2024-07-25"}, {"file": "gone.txt", "published": "2024-07-25"}]}"#)
        let error = try #require(corpus.error())
        #expect(error.kind == .missing)
        #expect(error.message.contains(manifest) && error.message.contains("gone.txt"))
    }

    @Test func manifestThatIsNotValidJSON() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.txt", "Text.")
        let manifest = try corpus.write("sources.json", #"{"articles": [{"file": "a.txt",]}"#)
        let error = try #require(corpus.error())
        #expect(error.kind == .invalidData)
        #expect(error.message.contains(manifest))
    }

    @Test func manifestWithABadDate() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.txt", "Text.")
        let manifest = try corpus.write("sources.json", #"{"articles": [{"file": "a.txt", "published": "2024-13-01"}]}"#)
        let error = try #require(corpus.error())
        #expect(error.kind == .invalidData)
        #expect(error.message.contains(manifest) && error.message.contains("a.txt") && error.message.contains("2024-13-01"))
    }

    @Test func timeMLWithoutText() throws {
        let corpus = try TemporaryCorpus()
        let path = try corpus.write("doc.tml", "<TimeML><DCT><TIMEX3 value=\"2024-07-25\"/></DCT></TimeML>")
        let error = try #require(corpus.error())
        #expect(error.kind == .invalidData)
        #expect(error.message.contains(path))
    }

    @Test func noPathsAtAll() {
        #expect(throws: IngestionError.self) { try CorpusReader.read(paths: []) }
    }
}
