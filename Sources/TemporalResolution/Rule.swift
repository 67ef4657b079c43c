/// One recognition rule: an id, a token pattern, how to normalize what it matched, and examples that are run as tests.
struct Rule: Sendable {
    /// An example: a phrase, the anchor it is read against (`YYYY-MM-DD`), the expected TIMEX3 value.
    struct Example: Hashable, Sendable {
        var phrase: String
        var anchor: String
        var value: String
    }

    let id: String
    let pattern: Pattern
    let normalization: Normalization
    let examples: [Example]
    /// What must hold around a match besides the pattern (see `RuleCondition`).
    let conditions: [RuleCondition]

    init(_ id: String, _ pattern: String, _ normalization: Normalization, _ examples: [(String, String, String)] = [],
         requires conditions: [RuleCondition] = []) {
        self.id = id
        self.pattern = Pattern(pattern)
        self.normalization = normalization
        self.examples = examples.map { Example(phrase: $0.0, anchor: $0.1, value: $0.2) }
        self.conditions = conditions
    }
}

/// Every rule, in priority order: when two rules match the same tokens, the earlier one wins.
enum RuleTable {
    static let all: [Rule] = absoluteDates + relativeDates + anaphoricDates + partsOfPeriods + holidays
        + durations + setsAndReferences + clockTimes + relativeDayClocks
}
