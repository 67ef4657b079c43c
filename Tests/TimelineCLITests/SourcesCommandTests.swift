import Foundation
import Testing
import Ingestion
@testable import TimelineCLI

@Suite struct SourcesCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/sources")
    static let mixed = fixtures.appendingPathComponent("mixed").path

    @Test func listsTheFiveSeedArticlesDatedByTheManifest() throws {
        let corpus = CommandRunner.repositoryRoot.appendingPathComponent("timelines/putin-assad-2024").path
        let result = CommandRunner.run(["sources", corpus])
        #expect(result.code == 0)
        #expect(result.err == "")
        let rows = result.out.split(separator: "\n").dropFirst()
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.contains("2024-07-25  manifest") })
        #expect(rows.map { String($0.prefix(3)) } == ["000", "001", "002", "003", "004"])
        #expect(rows[rows.startIndex + 3].contains("The Moscow Times"))
        #expect(rows[rows.startIndex].split(separator: " ", omittingEmptySubsequences: true)[1] == "-")
    }

    /// The table matches the golden file `mixed.expected.txt`; the duplicate goes to standard error.
    @Test func mixedCorpusTable() throws {
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("mixed.expected.txt"), encoding: .utf8)
        let result = CommandRunner.run(["sources", "--default-published", "2024-07-01", Self.mixed])
        #expect(result.code == 0)
        #expect(result.out == expected)
        #expect(result.err.hasPrefix("warning: \(Self.mixed)/wire.md: same text as 'feed-a'"))
    }

    @Test func jsonListsEveryField() throws {
        let result = CommandRunner.run(["sources", "--format", "json", "--default-published=2024-07-01", Self.mixed])
        #expect(result.code == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["feed-a", "feed-b", "page", "undated"])
        for key in ["id", "title", "outlet", "url", "published", "publishedFrom", "publishedEvidence", "location", "words", "duplicates"] {
            #expect(rows.allSatisfy { $0.keys.contains(key) }, "\(key)")
        }
        let page = rows[2]
        #expect(page["publishedEvidence"] as? String == "meta article:published_time 2024-07-24T23:30:00-04:00")
        #expect(page["location"] as? String == "\(Self.mixed)/page.html")
        #expect(page["words"] as? Int == 7)
        let duplicates = try #require(rows[0]["duplicates"] as? [[String: Any]])
        #expect(duplicates.map { $0["id"] as? String } == ["wire"])
        #expect(duplicates.first?["outlet"] as? String == "Example Wire")
        #expect(rows[1]["publishedFrom"] as? String == "dateline")
        #expect(rows[1]["outlet"] is NSNull)
    }

    @Test func outputFileIsWrittenAndNothingIsPrinted() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("sources.txt").path
        let result = CommandRunner.run(["sources", "--output", target, "--default-published", "2024-07-01", Self.mixed])
        #expect(result.code == 0)
        #expect(result.out == "")
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("mixed.expected.txt"), encoding: .utf8)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == expected)
    }

    @Test func publishedDatesASingleArticle() {
        let result = CommandRunner.run(["sources", "--published", "2024-07-20", "\(Self.mixed)/undated.txt"])
        #expect(result.code == 0)
        #expect(result.out.contains("undated  -       2024-07-20  command-line"))
    }

    @Test func publishedWithSeveralArticlesIsAUsageError() {
        let result = CommandRunner.run(["sources", "--published", "2024-07-20", Self.mixed])
        #expect(result.code == 64)
        #expect(result.err.contains("--published"))
    }

    @Test(arguments: [["--published", "2024-02-30"], ["--default-published", "July 25"], ["--format", "xml"], ["--bogus"], []])
    func badOptionsAreUsageErrors(_ options: [String]) {
        let result = CommandRunner.run(["sources"] + options + (options.isEmpty ? [] : [Self.mixed]))
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("timeline: "))
        #expect(result.out == "")
    }

    @Test func undatedArticlesFailAsDataErrorWithAHint() {
        let result = CommandRunner.run(["sources", Self.mixed])
        #expect(result.code == 65)
        #expect(result.err.contains("no publication date found for 1 article: \(Self.mixed)/undated.txt"))
        #expect(result.err.contains("hint: ") && result.err.contains("--default-published DATE"))
    }

    @Test func missingPathIsNoInput() {
        let path = Self.fixtures.appendingPathComponent("no-such-folder").path
        let result = CommandRunner.run(["sources", path])
        #expect(result.code == 66)
        #expect(result.err.contains(path))
    }

    @Test func badDataIsDataError() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.jsonl")
        try Data("{\"text\": \"A.\", \"published\": \"2024-13-01\"}\n".utf8).write(to: file)
        let result = CommandRunner.run(["sources", folder.path])
        #expect(result.code == 65)
        #expect(result.err.contains("\(file.path):1:"))
    }

    @Test func emptyFolderIsDataError() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = CommandRunner.run(["sources", folder.path])
        #expect(result.code == 65)
        #expect(result.err.contains("no articles"))
    }

    @Test func exitCodesFollowTheErrorKind() {
        let expected: [(IngestionError.Kind, ExitCode)] = [
            (.missing, .noInput), (.unreadable, .noInput), (.invalidData, .dataError), (.undated, .dataError),
            (.duplicateID, .dataError), (.noArticles, .dataError), (.usage, .usage),
        ]
        for (kind, code) in expected {
            #expect(IngestionError(kind, "m").exitCode == code)
        }
    }

    @Test func helpHasUsageOptionsExitCodesAndAnExample() {
        let result = CommandRunner.run(["help", "sources"])
        for part in ["Usage: timeline sources", "--format", "--published", "--default-published", "--output", "Exit codes", "Example"] {
            #expect(result.out.contains(part), "\(part)")
        }
    }
}
