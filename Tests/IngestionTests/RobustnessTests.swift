import Foundation
import Testing
@testable import Ingestion

/// Strange input yields a result or an `IngestionError`, never a crash.
@Suite struct RobustnessTests {
    static let strange: [String] = [
        "", "<", ">", "&", "&#", "&#x", "&#99999999999;", "&#xD800;", "<<<>>>", "</>", "<!", "<!-", "<!--", "<![CDATA[",
        "<a b=\"", "<a b='x", "<a b=", "<a =x>", "<script>", "</script>", "<TEXT>", "</TEXT><TEXT>", "<TEXT></TEXT>",
        "<TEXT><s>a</s><s>b</s></TEXT>", "<DCT><TIMEX3 value=\"2024-02-30\"></DCT><TEXT>x</TEXT>", "---", "---\n---",
        "---\n:\n---\n", "[a](", "**", "*", "# ", "#######", "2024-", "2024-07-", "99999999", "00000000", "July 0, 2024",
        "July 99, 2024", "0 July 0", "31 February 2024", "\u{0}", "\u{FEFF}", "é\u{301}", "🇺🇦 July 25, 2024",
        String(repeating: "<div>", count: 2000), String(repeating: "&amp;", count: 1000), String(repeating: "-", count: 500),
        "{\"text\": 5}", "[1, 2]", "null", "{\"text\": \"a\", \"published\": 20240725}",
    ]

    @Test func everyReaderSurvivesStrangeText() {
        for text in Self.strange {
            _ = HTMLArticleExtractor.extract(text)
            _ = DateTextParser.parseValue(text)
            _ = DateTextParser.dates(in: text)
            _ = MarkdownText.plain(text)
            _ = URLDate.find(in: text)
            _ = try? FrontMatter(parsing: text, file: "x.md")
            _ = try? JSONLinesReader.read(text, file: "x.jsonl", stem: "x")
            if let document = try? TimeMLDocument(parsing: text, file: "x.tml") {
                #expect(document.rawOffset(ofTextOffset: Int.max) == document.rawText.unicodeScalars.count)
            }
        }
    }

    @Test func everyFormatSurvivesStrangeFilesAsACorpus() throws {
        for ext in FileWalker.Format.allCases {
            for (k, text) in Self.strange.enumerated() {
                let corpus = try TemporaryCorpus()
                try corpus.write("f\(k).\(ext.rawValue)", text)
                do {
                    _ = try corpus.read(IngestionOptions(defaultPublished: date("2024-07-25")))
                } catch is IngestionError {
                    // A clear error is a fine answer.
                }
            }
        }
    }

    @Test func aManifestGivenByItselfReadsTheFilesItNames() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.txt", "Text A.")
        try corpus.write("b.txt", "Text B.")
        let manifest = try corpus.write("sources.json", #"{"articles": [{"file": "b.txt", "published": "2024-07-25"}]}"#)
        let read = try CorpusReader.read(paths: [manifest])
        #expect(read.articles.map(\.id) == ["b"])
    }

    @Test func aFileGivenByItselfUsesTheManifestBesideIt() throws {
        let corpus = try TemporaryCorpus()
        let a = try corpus.write("a.txt", "Text A.")
        try corpus.write("b.txt", "Text B.")
        try corpus.write("sources.json", #"{"articles": [{"file": "a.txt", "published": "2024-07-25", "outlet": "Wire"}]}"#)
        let article = try #require(try CorpusReader.read(paths: [a]).articles.first)
        #expect(article.publishedFrom == .manifest && article.outlet == "Wire")
    }

    @Test func aFileOfAnotherKindGivenByItselfIsIgnoredWithAWarning() throws {
        let corpus = try TemporaryCorpus()
        let pdf = try corpus.write("a.pdf", "July 25, 2024")
        let txt = try corpus.write("b.txt", "July 25, 2024\nText.")
        let read = try CorpusReader.read(paths: [pdf, txt])
        #expect(read.articles.map(\.id) == ["b"])
        #expect(read.warnings.map(\.file) == [pdf])
    }
}
