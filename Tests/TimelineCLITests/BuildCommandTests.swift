import Foundation
import Testing
@testable import TimelineCLI
import Timeline
import TimelineRendering

@Suite struct BuildCommandTests {
    func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        CommandRunner.run(arguments)
    }

    /// A fresh folder holding the given files.
    func corpus(_ files: [String: String]) throws -> URL {
        let folder = try CommandRunner.temporaryFolder()
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static let articles = [
        "a.md": """
        ---
        published: 2024-07-25
        title: Putin meets Assad
        ---
        Russian President Vladimir Putin met Syrian President Bashar al-Assad in the Kremlin on Wednesday.
        """,
        "b.md": """
        ---
        published: 2024-07-25
        ---
        President Putin met Assad in Moscow late Wednesday, the Kremlin said on Thursday.
        """,
    ]

    @Test func buildsMarkdownToStandardOutput() throws {
        let folder = try corpus(Self.articles)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = run(["build", "--title", "Test | run", folder.path])
        #expect(result.code == 0)
        #expect(result.out.hasPrefix(Chronology.markdownSignature + "\n# Test \\| run\n"))
        #expect(result.out.contains("\n## Sources\n"))
        #expect(result.out.contains("| a | "))
        #expect(result.err.isEmpty)
    }

    @Test func buildsJSONIntoAFileAtomically() throws {
        let folder = try corpus(Self.articles)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.json").path
        let result = run(["build", "--format", "json", "--output", output, folder.appendingPathComponent("a.md").path,
                          folder.appendingPathComponent("b.md").path])
        #expect(result.code == 0)
        #expect(result.out.isEmpty)
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(json?["schema"] as? String == "timeline/1")
        #expect((json?["sources"] as? [Any])?.count == 2)
        let again = run(["build", "--format", "json", folder.appendingPathComponent("a.md").path,
                         folder.appendingPathComponent("b.md").path])
        #expect(again.out == String(decoding: data, as: UTF8.self))
    }

    @Test func publishedFlagDatesASingleArticle() throws {
        let folder = try corpus(["only.txt": "Putin met Assad in the Kremlin on Wednesday."])
        defer { try? FileManager.default.removeItem(at: folder) }
        let undated = run(["build", folder.path])
        #expect(undated.code == ExitCode.dataError.rawValue)
        #expect(undated.err.contains("publication date"))
        let dated = run(["build", "--published", "2024-07-25", "--format", "json", folder.path])
        #expect(dated.code == 0)
        #expect(dated.out.contains("\"published\": \"2024-07-25\""))
        let fallback = run(["build", "--default-published", "2024-07-25", folder.path])
        #expect(fallback.code == 0)
    }

    @Test func usageErrors() {
        #expect(run(["build"]).code == ExitCode.usage.rawValue)
        #expect(run(["build", "--format", "csv", "x"]).err.contains("expected markdown or json"))
        #expect(run(["build", "--published", "25/07/2024", "x"]).code == ExitCode.usage.rawValue)
        #expect(run(["build", "--colour", "x"]).code == ExitCode.usage.rawValue)
        #expect(run(["help", "build"]).out.contains("Usage: timeline build"))
    }

    @Test func missingInputAndUnwritableOutput() throws {
        #expect(run(["build", "/nonexistent/corpus"]).code == ExitCode.noInput.rawValue)
        let folder = try corpus(Self.articles)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = run(["build", "--output", "/nonexistent/dir/out.md", folder.path])
        #expect(result.code == ExitCode.cannotCreate.rawValue)
    }

    @Test func libraryResultDoesNotDependOnArticleOrder() throws {
        let published = try #require(CalendarDate(iso: "2024-07-25"))
        let articles = [
            Article(id: "a", published: published, text: "Putin met Assad in the Kremlin on Wednesday. Russia intervened in Syria in 2015."),
            Article(id: "b", published: published, text: "President Putin met Bashar al-Assad late Wednesday in Moscow."),
            Article(id: "c", published: published, text: "Russia launched its military intervention in Syria in September 2015."),
        ]
        let forward = TimelineBuilder.build(articles: articles, options: TimelineOptions(title: "t"))
        let backward = TimelineBuilder.build(articles: articles.reversed(), options: TimelineOptions(title: "t"))
        #expect(JSONRenderer.format(forward) == JSONRenderer.format(backward))
        #expect(!forward.entries.isEmpty)
        #expect(forward.title == "t")
    }
}
