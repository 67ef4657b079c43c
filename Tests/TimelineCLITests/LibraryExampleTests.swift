import Foundation
import Testing
import Timeline

/// The library example of the README, run as written.
@Suite struct LibraryExampleTests {
    @Test func buildsTheExampleCorpusFromItsFolder() throws {
        let folder = CommandRunner.repositoryRoot.appendingPathComponent("timelines/putin-assad-2024").path
        let (chronology, warnings) = try TimelineBuilder.build(paths: [folder])
        #expect(warnings.isEmpty)
        #expect(chronology.title == "Putin meets Assad in the Kremlin, July 2024")
        #expect(chronology.sources.map(\.id).count == 5)
        let meeting = try #require(chronology.entries.first { $0.when.value == "2024-07-24" && $0.kind == .occurred })
        #expect(Set(meeting.sources).count == 5)
        #expect(MarkdownRenderer.format(chronology).contains("## Wednesday 24 July 2024"))
    }

    @Test func fileURLsAndPathsGiveTheSameChronology() throws {
        let folder = CommandRunner.repositoryRoot.appendingPathComponent("timelines/putin-assad-2024")
        let fromURL = try TimelineBuilder.build(files: [folder]).chronology
        let fromPath = try TimelineBuilder.build(paths: [folder.path]).chronology
        #expect(fromURL == fromPath)
    }

    @Test func buildsFromArticlesInMemory() throws {
        let article = Article(id: "note", published: try #require(CalendarDate(year: 2024, month: 7, day: 25)),
                              text: "Putin met Assad in the Kremlin late Wednesday.")
        let single = TimelineBuilder.build(articles: [article])
        #expect(single.entries.map(\.when.value) == ["2024-07-24"])
        #expect(single.entries.first?.citations.first?.expression == "late Wednesday")
    }
}
