import Testing
@testable import EventExtraction

@Suite struct ClauseSplitterTests {
    /// The clauses of the first sentence of `text`, each as its words joined by single spaces.
    static func clauses(_ text: String) -> [String] {
        let article = ArticleText(text)
        guard let range = article.sentenceTokens.first else { return [] }
        return ClauseSplitter.clauses(of: range, in: article).map { clause in
            clause.tokens.filter(article.isWord).map { article.tokens[$0].lower }.joined(separator: " ")
        }
    }

    @Test func splitsAtSemicolonsAndCoordinatorsAfterCommas() {
        #expect(Self.clauses("Protesters gathered on Saturday; police dispersed them.")
            == ["protesters gathered on saturday", "police dispersed them"])
        #expect(Self.clauses("The talks ended on Monday, but no deal was signed.")
            == ["the talks ended on monday", "but no deal was signed"])
        #expect(Self.clauses("Officials met in Vienna, while protesters marched outside.")
            == ["officials met in vienna", "while protesters marched outside"])
    }

    @Test func keepsListsTogether() {
        #expect(Self.clauses("Ministers of Russia, Turkey, and Syria met in Moscow.").count == 1)
        #expect(Self.clauses("In May, French, German, and Italian leaders met.").count == 1)
    }

    @Test func takesOutRelativeClauses() {
        #expect(Self.clauses("The two nations cut ties in 2011, which led to a long war.")
            == ["the two nations cut ties in 2011", "which led to a long war"])
        #expect(Self.clauses("Russia — which intervened in 2015 — seeks a deal.")
            == ["which intervened in 2015", "russia seeks a deal"])
        #expect(Self.clauses("The general, who was dismissed in January, said he would appeal.")
            == ["who was dismissed in january", "the general said he would appeal"])
    }

    @Test func relativeClausesKnowTheirSubjectNames() {
        let article = ArticleText("Analysts say Russia — which intervened in 2015 — seeks a deal.")
        guard let range = article.sentenceTokens.first else { Issue.record("no sentence"); return }
        let relative = ClauseSplitter.clauses(of: range, in: article).first { $0.role == .relative }
        #expect(relative?.antecedent.map { article.tokens[$0].lower } == ["russia"])

        let object = ArticleText("Troops cracked down in Syria, which led to war.")
        guard let r2 = object.sentenceTokens.first else { Issue.record("no sentence"); return }
        let rel2 = ClauseSplitter.clauses(of: r2, in: object).first { $0.role == .relative }
        #expect(rel2?.antecedent.isEmpty == true)
    }

    @Test func openingSubordinateClauseEndsAtTheFirstComma() {
        #expect(Self.clauses("While officials denied the report, the ministry confirmed the visit.")
            == ["while officials denied the report", "the ministry confirmed the visit"])
    }

    @Test func hyphenatedWordsAreNotDashes() {
        #expect(Self.clauses("A U.S.-led coalition, which formed in 2014, struck targets.").count == 2)
        #expect(Self.clauses("The long-running dispute - which began in 2010 - continues.")
            == ["which began in 2010", "the long running dispute continues"])
    }
}
