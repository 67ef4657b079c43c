import Foundation
import Testing
@testable import TimelineCLI

@Suite struct ResolveCommandTests {
    @Test func textFormatListsEveryMention() {
        let r = CommandRunner.run(["resolve", "--anchor", "2013-02-12", "He", "left", "last", "week", "and", "returned", "on", "Friday."])
        #expect(r.code == 0)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("\"last week\"") && lines[0].contains("2013-W06") && lines[0].contains("last-unit"))
        #expect(lines[1].contains("2013-02-08"))
    }

    @Test func jsonFormat() throws {
        let r = CommandRunner.run(["resolve", "--anchor", "2013-02-12", "--format", "json", "nearly 12 years, since March 3, 2012"])
        #expect(r.code == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        try #require(items.count == 2)
        #expect(items[0]["value"] as? String == "P12Y")
        #expect(items[0]["mod"] as? String == "LESS_THAN")
        #expect(items[0]["interval"] is NSNull)
        #expect(items[0]["start"] as? Int == 0)
        #expect(items[0]["end"] as? Int == 15)
        #expect(items[1]["text"] as? String == "March 3, 2012")
        #expect(items[1]["mod"] is NSNull)
        #expect(items[1]["granularity"] as? String == "day")
        let interval = try #require(items[1]["interval"] as? [String: Any])
        #expect(interval["start"] as? String == "2012-03-03")
        #expect(interval["end"] as? String == "2012-03-03")
        #expect(items[1]["rule"] as? String == "month-day-year")
        #expect(items[1]["anchor"] as? String == "2013-02-12")
    }

    @Test func dayFirstAndCount() {
        let r = CommandRunner.run(["resolve", "--anchor", "2013-02-12", "--format", "json", "--day-first", "03/04/2024"])
        #expect(r.out.contains("\"2024-04-03\""))
        #expect(r.out.contains("numeric-date-day-first"))
        let count = CommandRunner.run(["resolve", "--anchor", "2013-02-12", "--format", "count", "today, tomorrow and in 2009"])
        #expect(count.out == "3\n")
    }

    @Test func inputFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.txt")
        try Data("Yesterday and the day before yesterday.".utf8).write(to: file)
        let r = CommandRunner.run(["resolve", "--anchor", "2013-02-12", "--format", "count", "--input", file.path])
        #expect(r.out == "2\n")
        let missing = CommandRunner.run(["resolve", "--anchor", "2013-02-12", "--input", folder.appendingPathComponent("nope").path])
        #expect(missing.code == 66)
    }

    @Test func usageErrors() {
        #expect(CommandRunner.run(["resolve", "today"]).code == 64)
        #expect(CommandRunner.run(["resolve", "--anchor", "2013-02-30", "today"]).code == 64)
        #expect(CommandRunner.run(["resolve", "--anchor", "2013-02-12", "--format", "xml", "today"]).code == 64)
        #expect(CommandRunner.run(["resolve", "--anchor", "2013-02-12", "--bogus", "today"]).code == 64)
        #expect(CommandRunner.run(["help", "resolve"]).out.contains("--anchor"))
    }
}
