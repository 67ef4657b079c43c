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
        #expect(tense("Qantas will double its flights by August in the search for markets untouched by the crisis.", at: "August") == .future)
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

    @Test func aParticipleAfterBeLeavesTheTenseToTheAuxiliary() {
        #expect(tense("Collins will be named commander for a mission in December.", at: "December") == .future)
        #expect(tense("Collins was named commander in December.", at: "December") == .past)
    }

    @Test func schedulesAndIntentionsBeforeToPointAhead() {
        #expect(tense("Talks are set to resume Monday in Belfast.", at: "Monday") == .future)
        #expect(tense("Trading is to resume in Paris Tuesday.", at: "Tuesday") == .future)
        #expect(tense("The team plans to leave on Thursday.", at: "Thursday") == .future)
        // "plans" without "to" is a noun.
        #expect(tense("On Friday, she set aside vacation plans for the trip.", at: "Friday") == nil)
    }

    @Test func asEarlyAsPointsAhead() {
        #expect(tense("He could come as early as Tuesday.", at: "Tuesday") == .future)
        #expect(tense("The group could leave as soon as Tuesday, Castro said.", at: "Tuesday") == .future)
        #expect(tense("The office was created, effective Feb. 1.", at: "Feb") == .future)
        #expect(tense("Traders sold ahead of Sunday's vote.", at: "Sunday") == .future)
        #expect(tense("They will look for ways around Wednesday's ruling.", at: "Wednesday") == .past)
        #expect(tense("The carrier will stay on patrol, as it has since March.", at: "March") == .past)
    }

    @Test func aQuotationKeepsItsOwnTense() {
        #expect(tense("``He will leave at dawn (Thursday),'' Castro said.", at: "Thursday") == .future)
        #expect(tense("\u{201C}He will leave on Thursday\u{201D} Castro said.", at: "Thursday") == .future)
    }

    @Test func initialsAndAbbreviationsDoNotEndTheSentence() {
        #expect(tense("Mr. Schwarz will succeed Daniel P. Davison Feb. 1.", at: "Feb") == .future)
    }
}
