import Testing
@testable import EventExtraction

@Suite struct ActorFinderTests {
    /// Actors of the sentence at `index` of `text`.
    static func actors(_ text: String, sentence index: Int = 0) -> [String] {
        let article = ArticleText(text)
        guard index < article.sentenceTokens.count else { return [] }
        let isHeading = article.sentences[index].kind == .heading
        return ActorFinder.actors(in: Array(article.sentenceTokens[index]), article: article, excluding: [], isHeading: isHeading)
    }

    @Test func namesWithoutTitlesOrNationalities() {
        #expect(Self.actors("Russian President Vladimir Putin met Syrian President Bashar al-Assad in the Kremlin.")
            == ["Vladimir Putin", "Bashar al-Assad", "Kremlin"])
        #expect(Self.actors("He spoke with Turkish President Recep Tayyip Erdogan on the phone.") == ["Recep Tayyip Erdogan"])
        #expect(Self.actors("Afterwards Kremlin spokesman Dmitry Peskov spoke to the press.") == ["Kremlin", "Dmitry Peskov"])
    }

    @Test func possessivesAndMultiWordPlaces() {
        #expect(Self.actors("He backed Assad’s government in the Middle East.") == ["Assad", "Middle East"])
        #expect(Self.actors("Troops left the Golan Heights and the Bank of England raised rates.") == ["Golan Heights", "Bank of England"])
    }

    @Test func sentenceStartsCountOnlyForKnownNames() {
        let text = "Both leaders spoke. Moscow agreed. Officials in Moscow were pleased."
        #expect(Self.actors(text, sentence: 0) == [])
        #expect(Self.actors(text, sentence: 1) == ["Moscow"])
    }

    @Test func calendarNamesAndAdjectivesAreNotActors() {
        #expect(Self.actors("He said on Monday that talks in March had failed.") == [])
        #expect(Self.actors("He said Pro-Turkish and Middle Eastern forces had left.") == [])
    }

    @Test func headlinesKeepOnlyNamesTheTextUses() {
        let text = "Leaders Meet In Geneva\nThe leaders of France and Italy met in Geneva on Monday."
        #expect(Self.actors(text, sentence: 0) == ["Geneva"])
    }
}
