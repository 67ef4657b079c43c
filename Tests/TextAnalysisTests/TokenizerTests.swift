import Testing
import TextAnalysis

@Suite struct TokenizerTests {
    @Test func wordsNumbersAndPunctuation() {
        let tokens = Tokenizer.tokenize("On Jul. 25, 2024 the 1990s' 25th NATO-led talks.")
        #expect(tokens.map(\.lower) == ["on", "jul", ".", "25", ",", "2024", "the", "1990s", "'", "25th", "nato", "-", "led", "talks", "."])
        #expect(tokens.map(\.kind) == [.word, .word, .punctuation, .number, .punctuation, .number, .word, .word, .punctuation,
                                       .word, .word, .punctuation, .word, .word, .punctuation])
        #expect(tokens[0].isCapitalized)
        #expect(!tokens[6].isCapitalized)
        #expect(tokens[10].flags.contains(.allCaps))
        #expect(tokens[5].intValue == 2024)
    }

    @Test func glueAndLineBreaks() {
        let tokens = Tokenizer.tokenize("3 p.m.\n7/25/2024")
        #expect(tokens.map(\.lower) == ["3", "p", ".", "m", ".", "7", "/", "25", "/", "2024"])
        #expect(tokens[1].flags.contains(.spaceBefore))
        #expect(tokens[2].isGlued && tokens[3].isGlued && tokens[4].isGlued)
        #expect(tokens[5].flags.contains(.lineBreakBefore))
        #expect(tokens[6].isGlued)
    }

    @Test func offsetsInScalarsAndUTF8() {
        let text = "Zürich 🇩🇪 — last week"
        let tokens = Tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        let utf8 = Array(text.utf8)
        for t in tokens {
            let bySalars = String(String.UnicodeScalarView(scalars[t.start..<t.end]))
            let byUTF8 = String(decoding: utf8[t.utf8Start..<t.utf8End], as: UTF8.self)
            #expect(bySalars == byUTF8)
            #expect(bySalars.lowercased() == t.lower)
        }
        #expect(tokens.first?.lower == "zürich")
        #expect(tokens.last?.lower == "week")
    }

    @Test func emptyAndStrangeInput() {
        #expect(Tokenizer.tokenize("").isEmpty)
        #expect(Tokenizer.tokenize(" \n\t ").isEmpty)
        let control = Tokenizer.tokenize("a\u{0}b\u{7}c")
        #expect(control.map(\.lower) == ["a", "b", "c"])
        let long = Tokenizer.tokenize(String(repeating: "9", count: 100_000))
        #expect(long.count == 1)
        #expect(long.first?.intValue == nil)
    }
}
