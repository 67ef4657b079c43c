import TextAnalysis

/// Every word the rules and word lists know, numbered, so that a token is looked up once and then compared by number.
struct Lexicon: Sendable {
    /// Word → id; ids count from 0.
    let ids: [String: Int32]
    /// For each id, the slots (as bits of `Slot` case order) whose word lists hold the word.
    let slotMasks: [UInt32]

    init(rules: [Rule]) {
        var words = Set<String>()
        for rule in rules {
            for step in rule.pattern.steps {
                switch step.element {
                case .words(let w): words.formUnion(w)
                case .sequences(let alternatives): words.formUnion(alternatives.joined())
                case .slot: break
                }
            }
            if let context = rule.pattern.context { words.formUnion(context) }
            if let next = rule.pattern.followedBy { words.formUnion(next) }
        }
        let slotWords = Lexicon.slotWords
        for list in slotWords.values { words.formUnion(list) }
        let sorted = words.sorted()
        var ids: [String: Int32] = [:]
        for (n, w) in sorted.enumerated() { ids[w] = Int32(n) }
        var masks = [UInt32](repeating: 0, count: sorted.count)
        for (slot, list) in slotWords {
            for w in list {
                if let id = ids[w] { masks[Int(id)] |= Lexicon.bit(slot) }
            }
        }
        self.ids = ids
        self.slotMasks = masks
        table = WordTable(ids)
    }

    /// The same ids in a table with a cheap hash, for the one look-up per token.
    private let table: WordTable

    static func bit(_ slot: Slot) -> UInt32 { 1 << UInt32(Slot.allCases.firstIndex(of: slot) ?? 31) }

    /// The id of `word`, -1 for words no rule knows.
    @inline(__always)
    func id(of word: borrowing String) -> Int32 {
        table.id(of: word)
    }

    /// Words that can begin each word-based slot.
    static let slotWords: [Slot: Set<String>] = [
        .month: Set(CalendarNames.months.keys),
        .monthName: Set(WordLists.monthNames.keys),
        .weekday: Set(CalendarNames.weekdays.keys),
        .count: Set(WordLists.smallNumbers.keys).union(WordLists.tens.keys).union(WordLists.oneWords)
            .union(WordLists.vagueCounts).union(["dozen", "dozens", "couple"]),
        .countWord: Set(WordLists.smallNumbers.keys).union(WordLists.tens.keys).union(WordLists.oneWords)
            .union(WordLists.vagueCounts).union(["dozen", "dozens", "couple"]),
        .ordinal: Set(WordLists.ordinals.keys).union(WordLists.tens.keys),
        .unit: Set(WordLists.units.keys),
        .pluralUnit: Set(WordLists.pluralUnits.keys),
        .singularUnit: Set(WordLists.units.keys.filter { WordLists.pluralUnits[$0] == nil }),
        .season: Set(WordLists.seasons.keys),
        .partOfDay: Set(WordLists.partsOfDay.keys),
        .decade: Set(WordLists.decadeWords.keys),
        .clock: ["noon", "midnight", "midday"],
        .spelledYear: ["two", "eighteen", "nineteen", "twenty"],
        .timeZone: WordLists.timeZones,
    ]

    /// Slots that numbers and digit-led words ("25th", "1990s", "3pm") can fill.
    static let numberSlots: Set<Slot> = [.day, .year, .bareYear, .shortYear, .integer, .count, .clock]
    static let digitWordSlots: Set<Slot> = [.day, .ordinal, .decade, .clock]
    static let numberSlotMask: UInt32 = numberSlots.reduce(0) { $0 | bit($1) }
    static let digitWordSlotMask: UInt32 = digitWordSlots.reduce(0) { $0 | bit($1) }
}
