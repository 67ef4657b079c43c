import TextAnalysis

/// Finds rule matches over tokens. Rules are indexed by what their first token can be, so each token
/// position tries only the few rules that could start there; the longest match wins, then the earlier rule.
struct Matcher: Sendable {
    struct Match: Sendable {
        var rule: Int
        var start: Int
        var end: Int
        var captures: Captures
    }

    let rules: [Rule]
    private let byWord: [String: [Int]]
    private let bySlot: [Slot: [Int]]

    init(rules: [Rule]) {
        self.rules = rules
        var byWord: [String: [Int]] = [:]
        var bySlot: [Slot: [Int]] = [:]
        for (index, rule) in rules.enumerated() where rule.pattern.errors.isEmpty {
            let keys = rule.pattern.firstKeys
            for w in keys.words { byWord[w, default: []].append(index) }
            for s in keys.slots { bySlot[s, default: []].append(index) }
        }
        self.byWord = byWord
        self.bySlot = bySlot
    }

    static let shared = Matcher(rules: RuleTable.all)

    /// The rules that could match starting at `token`, in priority order.
    func candidates(for token: Token) -> [Int] {
        var result = byWord[token.lower] ?? []
        for slot in Matcher.slots(for: token) {
            if let list = bySlot[slot] { result.append(contentsOf: list) }
        }
        if result.count > 1 {
            result.sort()
        }
        return result
    }

    /// The longest match starting at token `i` over all candidate rules, and every shorter one of other rules
    /// after it (so that a caller can fall back when the longest does not normalize).
    func matches(_ tokens: [Token], at i: Int) -> [Match] {
        let list = candidates(for: tokens[i])
        guard !list.isEmpty else { return [] }
        var found: [Match] = []
        var last = -1
        for r in list where r != last {
            last = r
            for m in rules[r].pattern.matches(tokens, at: i) {
                found.append(Match(rule: r, start: i, end: m.end, captures: m.captures))
            }
        }
        // Longest first; among equals, the earlier rule.
        found.sort { $0.end != $1.end ? $0.end > $1.end : $0.rule < $1.rule }
        return found
    }

    /// Slots a token can be the first token of.
    static func slots(for token: Token) -> [Slot] {
        switch token.kind {
        case .number:
            return numberSlots
        case .punctuation:
            return []
        case .word:
            if let first = token.lower.utf8.first, first >= 48 && first <= 57 { return digitWordSlots }
            return wordSlots[token.lower] ?? []
        }
    }

    private static let numberSlots: [Slot] = [.day, .year, .bareYear, .shortYear, .integer, .count, .clock]
    private static let digitWordSlots: [Slot] = [.day, .ordinal, .decade, .clock]
    private static let wordSlots: [String: [Slot]] = {
        var table: [String: Set<Slot>] = [:]
        func add(_ words: some Sequence<String>, _ slot: Slot) {
            for w in words { table[w, default: []].insert(slot) }
        }
        add(CalendarNames.months.keys, .month)
        add(WordLists.monthNames.keys, .monthName)
        add(CalendarNames.weekdays.keys, .weekday)
        add(WordLists.smallNumbers.keys, .count)
        add(WordLists.tens.keys, .count)
        add(WordLists.oneWords, .count)
        add(WordLists.vagueCounts, .count)
        add(["dozen", "dozens"], .count)
        add(WordLists.ordinals.keys, .ordinal)
        add(WordLists.tens.keys, .ordinal)
        add(WordLists.units.keys, .unit)
        add(WordLists.pluralUnits.keys, .pluralUnit)
        add(WordLists.units.keys.filter { WordLists.pluralUnits[$0] == nil }, .singularUnit)
        add(WordLists.smallNumbers.keys, .countWord)
        add(WordLists.tens.keys, .countWord)
        add(WordLists.oneWords, .countWord)
        add(WordLists.seasons.keys, .season)
        add(WordLists.partsOfDay.keys, .partOfDay)
        add(WordLists.decadeWords.keys, .decade)
        add(["noon", "midnight", "midday"], .clock)
        add(WordLists.timeZones, .timeZone)
        return table.mapValues { Array($0) }
    }()
}
