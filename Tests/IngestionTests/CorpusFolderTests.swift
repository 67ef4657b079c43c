import Foundation
import Testing
@testable import Ingestion

@Suite struct CorpusFolderTests {
    @Test func aRenderedChronologyInTheFolderIsNotAnArticle() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.md", "---\npublished: 2024-07-25\n---\nPutin met Assad on Wednesday.")
        try corpus.write("timeline.md", Chronology.markdownSignature + "\n# Timeline\n\nNo date here at all.")
        let read = try corpus.read()
        #expect(read.articles.map(\.id) == ["a"])
        #expect(read.warnings.isEmpty)
    }

    @Test func theSignatureOnlyCountsAtTheStart() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("quoting.md", "---\npublished: 2024-07-25\n---\nThe file began with " + Chronology.markdownSignature)
        #expect(try corpus.read().articles.map(\.id) == ["quoting"])
    }

    @Test func theManifestStoryIsTheCorpusTitle() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a.txt", "Putin met Assad on Wednesday.")
        try corpus.write("sources.json", #"{"story": "Putin meets Assad", "articles": [{"file": "a.txt", "published": "2024-07-25"}]}"#)
        #expect(try corpus.read().title == "Putin meets Assad")
    }

    @Test func twoDifferentStoriesGiveNoTitle() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("one/a.txt", "Putin met Assad on Wednesday.")
        try corpus.write("one/sources.json", #"{"story": "One", "articles": [{"file": "a.txt", "published": "2024-07-25"}]}"#)
        try corpus.write("two/b.txt", "Erdogan met Assad on Friday.")
        try corpus.write("two/sources.json", #"{"story": "Two", "articles": [{"file": "b.txt", "published": "2024-07-25"}]}"#)
        let read = try corpus.read()
        #expect(read.articles.count == 2)
        #expect(read.title == nil)
    }
}
