/// Words and marks where one clause of a sentence ends and the next begins, as data.
public enum ClauseCues {
    /// Relative words that open a clause after a comma or dash ("..., which led to ...").
    public static let relativeWords: Set<String> = ["which", "who", "whom", "whose", "where"]

    /// Relative words whose clause needs its antecedent as subject ("Russia, which saved ...").
    public static let subjectRelativeWords: Set<String> = ["which", "who"]

    /// Conjunctions that open a new clause after a comma ("..., but officials denied the report").
    public static let coordinators: Set<String> = ["and", "but", "yet", "while", "whereas", "although", "though"]

    /// Coordinators that also join list items ("Russia, Turkey, and Syria"): split there only after a
    /// comma-separated stretch longer than `listItemMaximumWords`.
    public static let listCoordinators: Set<String> = ["and", "or"]
    public static let listItemMaximumWords = 2

    /// A relative clause after a subject this short is set off by commas on both sides and the main clause
    /// resumes after it ("The general, who was dismissed in January, said ...").
    public static let subjectMaximumWords = 5

    /// Subordinators that, opening a sentence, make a clause up to the first comma ("While X, Y").
    public static let leadingSubordinators: Set<String> = ["while", "although", "though", "whereas"]

    /// Marks that end a clause outright.
    public static let hardBreaks: Set<String> = [";"]

    /// Dashes that set off a parenthetical clause ("Russia — which saved ... — seeks").
    public static let dashes: Set<String> = ["\u{2014}", "\u{2013}", "-"]

    /// Opening and closing quotation marks.
    public static let openingQuotes: Set<String> = ["\u{201C}", "\"", "\u{2018}", "\u{00AB}"]
    public static let closingQuotes: Set<String> = ["\u{201D}", "\"", "\u{2019}", "\u{00BB}"]
}
