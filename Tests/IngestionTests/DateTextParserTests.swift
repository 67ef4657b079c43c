import Foundation
import Testing
@testable import Ingestion

@Suite struct DateTextParserTests {
    struct Example: CustomTestStringConvertible {
        var value: String
        var expected: String
        var testDescription: String { "'\(value)' -> \(expected)" }
    }

    static func examples() throws -> [Example] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("date-values.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            return Example(value: String(parts[0]), expected: String(parts[1]))
        }
    }

    @Test func corpusHasExamples() throws {
        #expect(try Self.examples().count >= 25)
    }

    @Test(arguments: try examples())
    func parsesMetadataValue(_ example: Example) {
        let result = DateTextParser.parseValue(example.value)
        switch example.expected {
        case "invalid": #expect(result == .invalid)
        case "none": #expect(result == .notADate)
        default: #expect(result == date(example.expected).map(DateTextParser.ValueResult.date))
        }
    }

    @Test func findsDatesInRunningText() {
        let found = DateTextParser.dates(in: "MOSCOW, July 25 (Reuters) - Talks began on 3 May 2010 and 2011-01-02.")
        #expect(found.map(\.text) == ["July 25", "3 May 2010", "2011-01-02"])
        #expect(found[0].year == nil && found[0].month == 7 && found[0].day == 25)
        #expect(found[0].offset == 8)
        #expect(found[1].date == date("2010-05-03"))
    }

    @Test func readsNumericDatelinesOnlyWhenOneOrderFits() {
        #expect(DateTextParser.dates(in: "WASHINGTON, 07/25/2024 (AP) -").map(\.text) == ["07/25/2024"])
        #expect(DateTextParser.dates(in: "BERLIN, 25.07.2024 -").first?.date == date("2024-07-25"))
        #expect(DateTextParser.dates(in: "PARIS, 05/07/2024 -").isEmpty, "May 7 or 5 July: not guessed")
    }

    @Test func ignoresNumbersThatAreNotDates() {
        #expect(DateTextParser.dates(in: "In July 2015, 300 people and 12 officials met; May I ask?").isEmpty)
    }
}
