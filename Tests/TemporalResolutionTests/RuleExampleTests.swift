import Testing
@testable import TemporalResolution

/// Every rule's own examples, and every pattern parses.
@Suite struct RuleExampleTests {
    struct Case: CustomStringConvertible, Sendable {
        var rule: String
        var example: Rule.Example
        var description: String { "\(rule): \"\(example.phrase)\" @\(example.anchor) → \(example.value)" }
    }

    static let cases: [Case] = RuleTable.all.flatMap { rule in rule.examples.map { Case(rule: rule.id, example: $0) } }

    @Test func everyPatternParses() {
        for rule in RuleTable.all {
            #expect(rule.pattern.errors.isEmpty, "\(rule.id): '\(rule.pattern.source)': \(rule.pattern.errors)")
        }
    }

    @Test func mostRulesHaveExamples() {
        let ids = Set(RuleTable.all.map(\.id))
        let withExamples = Set(RuleTable.all.filter { !$0.examples.isEmpty }.map(\.id))
        #expect(Double(withExamples.count) >= 0.8 * Double(ids.count), "rules without examples: \(ids.subtracting(withExamples).sorted())")
    }

    @Test(arguments: RuleExampleTests.cases)
    func example(_ c: Case) throws {
        let anchor = try #require(CalendarDate(iso: c.example.anchor))
        let mentions = DateResolver().resolve(c.example.phrase, anchor: anchor)
        let last = try #require(mentions.last, "\(c): nothing found")
        #expect(last.value.value == c.example.value, "\(c): found \(last.value.value) by \(last.rule)")
        #expect(mentions.contains { $0.rule.hasPrefix(c.rule) }, "\(c): rules that fired: \(mentions.map(\.rule))")
    }
}
