import Foundation
import Testing
@testable import EventExtraction

/// One line of Corpus/attachment.tsv.
struct AttachmentCase: CustomTestStringConvertible, Sendable {
    let sentence: String
    let anchor: String
    let mentions: String
    let expected: [String]
    var testDescription: String { sentence }

    static func load(_ name: String) throws -> [AttachmentCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 4 else { return nil }
            let expected = f[3] == "-" ? [] : f[3].components(separatedBy: " ; ")
            return AttachmentCase(sentence: f[0], anchor: f[1], mentions: f[2], expected: expected)
        }
    }
}

@Suite struct AttachmentCorpusTests {
    static let cases = (try? AttachmentCase.load("attachment.tsv")) ?? []

    @Test func corpusHasEnoughSentences() {
        #expect(Self.cases.count >= 40)
    }

    /// Every expected event appears, and no dated event appears that was not expected.
    @Test(arguments: cases)
    func attachesDatesToTheRightEvents(_ example: AttachmentCase) {
        let events = TestSupport.events(example.sentence, mentions: example.mentions, published: example.anchor)
        let labels = TestSupport.labels(events)
        for label in example.expected {
            let kind = label.split(separator: "@").first.map(String.init) ?? label
            let wanted = label.hasSuffix("@none") ? labels.contains { $0.hasPrefix(kind + "@") && $0.hasSuffix("@none") } : labels.contains(label)
            #expect(wanted, "missing \(label) in \(labels)")
        }
        let unexpected = labels.filter { !$0.hasSuffix("@none") && !example.expected.contains($0) }
        #expect(unexpected.isEmpty, "unexpected \(unexpected)")
    }
}
