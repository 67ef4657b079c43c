import Foundation
import Testing
@testable import TextAnalysis

/// One line of Fixtures/SentenceSplits.txt.
struct SentenceSplitCase: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: [String]
    var testDescription: String { text }

    static func load() throws -> [SentenceSplitCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/SentenceSplits.txt")
        let content = try String(contentsOf: url, encoding: .utf8)
        return content.split(separator: "\n").compactMap { line -> SentenceSplitCase? in
            guard !line.hasPrefix("#") || line.contains("\t") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { return nil }
            func unescape(_ s: Substring) -> String { s.replacingOccurrences(of: "\\n", with: "\n") }
            return SentenceSplitCase(text: unescape(fields[0]),
                                     expected: fields[1].components(separatedBy: " | ").map { unescape(Substring($0)) })
        }
    }
}

@Suite struct SentenceSplitterTests {
    static let cases = (try? SentenceSplitCase.load()) ?? []

    @Test func fixtureHasEnoughCases() {
        #expect(Self.cases.count >= 25)
    }

    @Test(arguments: cases)
    func splits(_ example: SentenceSplitCase) {
        let sentences = SentenceSplitter.split(example.text)
        let rendered = sentences.map { s -> String in
            switch s.kind {
            case .text: s.text
            case .heading: "[H]" + s.text
            case .dateline: "[D]" + s.text
            }
        }
        #expect(rendered == example.expected)
    }

    @Test(arguments: cases)
    func offsetsPointAtTheText(_ example: SentenceSplitCase) {
        let scalars = Array(example.text.unicodeScalars)
        var previousEnd = 0
        for s in SentenceSplitter.split(example.text) {
            #expect(s.start >= previousEnd && s.start < s.end && s.end <= scalars.count)
            guard s.start >= 0, s.start < s.end, s.end <= scalars.count else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[s.start..<s.end])
            #expect(String(view) == s.text)
            previousEnd = s.end
        }
    }

    @Test func offsetsCountScalarsNotCharacters() throws {
        // "é" written as e + combining accent is two scalars, one Character.
        let text = "Cafe\u{301} owners protested. Police watched."
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.count == 2)
        let second = try #require(sentences.last)
        #expect(second.start == 24)
        #expect(second.text == "Police watched.")
    }

    @Test func emptyAndBlankTextsGiveNothing() {
        #expect(SentenceSplitter.split("").isEmpty)
        #expect(SentenceSplitter.split(" \n\n\t ").isEmpty)
    }

    @Test func strangeInputDoesNotCrash() {
        for text in [".", "...", "\"", "- -", "#", "##\n#", "A.", ". . .", "—", "MOSCOW —", "(", "?!", "Mr.", "a\r\nb", "\u{2028}x"] {
            let sentences = SentenceSplitter.split(text)
            #expect(sentences.allSatisfy { $0.start < $0.end })
        }
    }
}
