import TextAnalysis

/// What must hold around a rule's match besides its pattern, declared with the rule and checked by
/// `NegativeFilters` for every match: the word after the match, the word before it, the shape of a token.
enum RuleCondition: Hashable, Sendable {
    /// No word or number right after the match: "the day before." counts back from the day in focus, "the day
    /// before the plunge" does not; "on the 31st" is a day, "on the 5th floor" is not.
    case noWordAfter
    /// The day is written as an ordinal: "on the 31st", not "on the 15".
    case ordinalDay
    /// No number right before the match: "years" after an unread "3.2" is no vague PXY.
    case noNumberBefore
    /// No count right after the match: "the past" is the past at large, not in "the past three summers".
    case noCountAfter
    /// The word before "of" names a part of a period: "the end of the month", not "employee of the month".
    case afterPeriodPart
    /// Not a rate right after an amount: "8.5% annually", "$5 per week" are no times.
    case notARate
    /// Not "a" or "an" and a unit making a rate right after an amount: "$1.76 a year", "700 seats a week" (a counted
    /// duration, "three years", is never a rate).
    case notARateWithA

    /// True when the condition holds for the match over tokens `start..<end`.
    func holds(_ tokens: [Token], _ start: Int, _ end: Int) -> Bool {
        switch self {
        case .noWordAfter:
            guard let next = tokens.at(end) else { return true }
            return next.kind != .word && next.kind != .number
        case .ordinalDay:
            return tokens[end - 1].kind == .word
        case .noNumberBefore:
            return tokens.at(start - 1)?.kind != .number
        case .noCountAfter:
            return !(tokens.at(end).map(RuleCondition.isCount) ?? false)
        case .afterPeriodPart:
            return tokens.at(start - 2).map { RuleCondition.periodParts.contains($0.lower) } ?? false
        case .notARate:
            return !RuleCondition.followsAmount(tokens, start)
        case .notARateWithA:
            return !(end - start == 2 && WordLists.oneWords.contains(tokens[start].lower) && RuleCondition.followsAmount(tokens, start))
        }
    }

    /// Words that name a part of a period: "the end of the month", "the rest of the week".
    static let periodParts: Set<String> = ["end", "beginning", "start", "middle", "rest", "remainder", "close", "half", "part", "turn", "course", "balance"]

    /// A number, a number word or a vague count ("several").
    static func isCount(_ t: Token) -> Bool {
        t.kind == .number || WordLists.smallNumbers[t.lower] != nil || WordLists.tens[t.lower] != nil || WordLists.vagueCounts.contains(t.lower)
    }

    /// True when token `start` comes right after an amount: a number, a word that ends one ("million", "%"), or a
    /// plural counted by a number ("700 seats", "four flights").
    static func followsAmount(_ tokens: [Token], _ start: Int) -> Bool {
        guard let previous = tokens.at(start - 1) else { return false }
        if previous.kind == .number || WordLists.amountEnds.contains(previous.lower) { return true }
        guard previous.kind == .word, !previous.isCapitalized, previous.lower.hasSuffix("s"), let counter = tokens.at(start - 2) else {
            return false
        }
        return counter.kind == .number || WordLists.smallNumbers[counter.lower] != nil || WordLists.tens[counter.lower] != nil
    }
}
