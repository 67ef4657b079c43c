import Foundation
import Testing
@testable import EventExtraction

@Suite struct ActionWordsTests {
    @Test func actionWordsSkipNamesStopWordsDatesAndNumbers() {
        let article = ArticleText("The president held talks with Assad in Moscow on Monday about 12 issues.")
        guard let range = article.sentenceTokens.first else { Issue.record("no sentence"); return }
        let names = ActorFinder.found(in: Array(range), article: article, excluding: [], isHeading: false).tokens
        #expect(ActionWords.words(in: Array(range), article: article, excluding: names) == ["president", "hold", "talk", "issue"])
    }
}
