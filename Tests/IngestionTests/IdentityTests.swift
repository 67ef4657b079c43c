import Foundation
import Testing
@testable import Ingestion

@Suite struct IdentityTests {
    @Test func twoArticlesWithOneIdAreAnErrorNamingBoth() throws {
        let corpus = try TemporaryCorpus()
        let a = try corpus.write("a/story.txt", "July 25, 2024\nFirst text.")
        let b = try corpus.write("b/story.md", "---\npublished: 2024-07-25\n---\nSecond text.")
        let error = try #require(corpus.error())
        #expect(error.kind == .duplicateID)
        #expect(error.message.contains("'story'") && error.message.contains(a) && error.message.contains(b))
    }

    @Test func frontMatterIdResolvesAClash() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a/story.txt", "July 25, 2024\nFirst text.")
        try corpus.write("b/story.md", "---\nid: story-b\npublished: 2024-07-25\n---\nSecond text.")
        #expect(try corpus.read().articles.map(\.id) == ["story", "story-b"])
    }

    @Test func jsonLinesIdsClashAcrossFiles() throws {
        let corpus = try TemporaryCorpus()
        let one = try corpus.write("one.jsonl", #"{"id": "x", "text": "One.", "published": "2024-07-25"}"#)
        let two = try corpus.write("two.jsonl", "\n" + #"{"id": "x", "text": "Two.", "published": "2024-07-25"}"#)
        let error = try #require(corpus.error())
        #expect(error.kind == .duplicateID)
        #expect(error.message.contains("\(one):1") && error.message.contains("\(two):2"))
    }

    @Test func syndicatedCopiesAreKeptAsOneArticleWithDuplicates() throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("a-wire.md", "---\noutlet: Wire\npublished: 2024-07-25\n---\nPutin met Assad\nin Moscow.")
        let copy = try corpus.write("b-paper.md", "---\noutlet: Paper\npublished: 2024-07-26\n---\n  Putin met   Assad in\n\nMoscow.  ")
        try corpus.write("c-other.txt", "July 25, 2024\nSomething else.")
        let read = try corpus.read()
        #expect(read.articles.map(\.id) == ["a-wire", "c-other"])
        let kept = try #require(read.articles.first)
        #expect(kept.duplicates == [DuplicateCopy(id: "b-paper", outlet: "Paper", location: copy)])
        #expect(kept.outlets == ["Wire", "Paper"])
        #expect(read.warnings.contains { $0.file == copy && $0.message.contains("a-wire") })
    }
}
