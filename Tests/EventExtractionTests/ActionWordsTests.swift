import Foundation
import Testing
@testable import EventExtraction

@Suite struct ActionWordsTests {
    /// Corpus/stems.tsv: word<TAB>stem.
    static let stems: [(String, String)] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/stems.tsv")
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
            #expect(ActionWords.stem(word) == stem, "\(word)")
        }
    }

    @Test func formsOfOneVerbShareAStem() {
        for group in [["meet", "met", "meets", "meeting", "meetings"], ["invite", "invited", "inviting", "invites"],
                      ["escalate", "escalated", "escalating"], ["plan", "planned", "planning", "plans"],
                      ["visit", "visited", "visiting", "visits"], ["deny", "denied", "denies"]] {
            #expect(Set(group.map(ActionWords.stem)).count == 1, "\(group)")
        }
    }

    @Test func actionWordsSkipNamesStopWordsDatesAndNumbers() {
        let article = ArticleText("The president held talks with Assad in Moscow on Monday about 12 issues.")
        guard let range = article.sentenceTokens.first else { Issue.record("no sentence"); return }
        let names = ActorFinder.found(in: Array(range), article: article, excluding: [], isHeading: false).tokens
        #expect(ActionWords.words(in: Array(range), article: article, excluding: names) == ["president", "hold", "talk", "issue"])
    }
}
