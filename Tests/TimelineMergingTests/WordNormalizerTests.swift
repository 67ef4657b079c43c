import Testing
@testable import TimelineMerging

@Suite struct WordNormalizerTests {
    @Test func baseFormsAndConcepts() {
        let pairs = [("met", "meet"), ("meetings", "meet"), ("talks", "meet"), ("planned", "plan"),
                     ("stated", "say"), ("told", "say"), ("intervention", "intervene"), ("denied", "deny")]
        for (word, concept) in pairs {
            #expect(WordNormalizer.concept(word) == concept, "\(word)")
        }
    }

    @Test func actorTokensDropTitlesAndParticles() {
        #expect(WordNormalizer.actorTokens("Syrian President Bashar al-Assad") == ["syrian", "bashar", "assad"])
        #expect(WordNormalizer.actorTokens("Assad’s") == ["assad"])
    }
}
