import Foundation
import Testing
import TextAnalysis

@Suite struct StemmerTests {
    /// Fixtures/stems.tsv: word<TAB>stem.
    static let stems: [(String, String)] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/stems.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t").map(String.init)
            return f.count == 2 ? (f[0], f[1]) : nil
        }
    }()

    @Test func stemsTableIsLoaded() {
        #expect(Self.stems.count >= 40)
    }

    @Test func stemsMatchTheTable() {
        for (word, stem) in Self.stems {
            #expect(Stemmer.stem(word) == stem, "\(word)")
        }
    }

    @Test func formsOfOneWordShareAStem() {
        for group in [["meet", "met", "meets", "meeting", "meetings"], ["invite", "invited", "inviting", "invites"],
                      ["escalate", "escalated", "escalating"], ["plan", "planned", "planning", "plans"],
                      ["visit", "visited", "visiting", "visits"], ["deny", "denied", "denies"], ["sever", "severed"],
                      ["state", "stated", "states"]] {
            #expect(Set(group.map(Stemmer.stem)).count == 1, "\(group)")
        }
    }
}
