import Testing
import TextAnalysis

@Suite struct TenseCueTests {
    /// The tense around the first token spelled `word` in `sentence`.
    func tense(_ sentence: String, at word: String) -> Tense? {
        let tokens = Tokenizer.tokenize(sentence)
        guard let i = tokens.firstIndex(where: { $0.lower == word.lowercased() }) else { return nil }
        return TenseCue.tense(of: tokens, around: i..<(i + 1))
    }

    @Test func pastFutureAndPresent() {
        #expect(tense("Putin met Assad on Wednesday.", at: "Wednesday") == .past)
        #expect(tense("The leaders would meet in August.", at: "August") == .future)
        #expect(tense("She will travel on Friday.", at: "Friday") == .future)
        #expect(tense("He'll travel on Friday.", at: "Friday") == .future)
        #expect(tense("They are going to vote on Friday.", at: "Friday") == .future)
        #expect(tense("The talks resumed on Friday.", at: "Friday") == .past)
        #expect(tense("The company says Friday is the deadline.", at: "Friday") == .present)
        #expect(tense("Friday.", at: "Friday") == nil)
    }

    @Test func theNearestCueWins() {
        #expect(tense("Officials said the vote will take place on Friday.", at: "Friday") == .future)
        #expect(tense("He will say that they met on Friday.", at: "Friday") == .past)
    }

    @Test func cuesStopAtTheSentenceEnd() {
        #expect(tense("They met. On Friday nothing.", at: "Friday") == nil)
        #expect(tense("On Friday nothing. They will meet.", at: "Friday") == nil)
    }

    @Test func wordsEndingInEdAreNotAllPast() {
        #expect(tense("A hundred people on Friday", at: "Friday") == nil)
        #expect(tense("The united front on Friday", at: "Friday") == nil)
        // "scheduled" points ahead.
        #expect(tense("The scheduled vote on Friday", at: "Friday") == .future)
    }
}
