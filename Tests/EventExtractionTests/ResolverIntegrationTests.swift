import Foundation
import Testing
@testable import EventExtraction
import TemporalResolution

/// One line of Corpus/integration.tsv.
struct IntegrationCase: CustomTestStringConvertible, Sendable {
    let sentence: String
    let published: String
    let expected: [String]
    var testDescription: String { sentence }

    static func load() throws -> [IntegrationCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/integration.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 3 else { return nil }
            return IntegrationCase(sentence: f[0], published: f[1], expected: f[2] == "-" ? [] : f[2].components(separatedBy: " ; "))
        }
    }
}

@Suite struct ResolverIntegrationTests {
    static let cases = (try? IntegrationCase.load()) ?? []

    @Test func corpusIsLoaded() {
        #expect(Self.cases.count >= 10)
    }

    @Test(arguments: cases)
    func resolverAndExtractorTogether(_ example: IntegrationCase) throws {
        let article = try #require(TestSupport.article(example.sentence, published: example.published))
        let events = EventExtractor().events(in: article, resolver: DateResolver())
        let labels = events.map { "\($0.kind.rawValue)@\($0.when?.value ?? "none")" }
        for label in example.expected {
            #expect(labels.contains(label), "missing \(label) in \(labels)")
        }
        let unexpected = labels.filter { !$0.hasSuffix("@none") && !example.expected.contains($0) }
        #expect(unexpected.isEmpty, "unexpected \(unexpected)")
    }
}
