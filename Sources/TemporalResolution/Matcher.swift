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
    let lexicon: Lexicon
    private let compiled: [CompiledPattern]
    /// The same patterns, reached without counting references while rules are tried (`compiled` keeps them alive).
    private let unretained: [Unmanaged<CompiledPattern>]
    /// For each lexicon id, the rules that can start with that word (by literal or by slot), in priority order.
    private let byStartID: [[Int]]
    /// For each lexicon id: what the next token must be for the rules that start with the word and need a certain
    /// next token, and the rules that start with it whatever follows (so that "the company" is passed over after one
    /// look, or tries only those).
    private let nextFilter: [NextTokenGate?]
    /// The rules that can start with a number token, and with a word that begins with a digit ("25th", "1990s").
    private let forNumbers: [Int]
    private let forDigitWords: [Int]
    /// What is checked before trying a rule that starts with a slot.
    private let slotHeads: SlotHeads

    init(rules: [Rule]) {
        self.rules = rules
        let lexicon = Lexicon(rules: rules)
        self.lexicon = lexicon
        compiled = rules.map { CompiledPattern($0.pattern, lexicon: lexicon) }
        var byWord: [String: Set<Int>] = [:]
        var bySlot: [Slot: Set<Int>] = [:]
        for (index, rule) in rules.enumerated() where rule.pattern.errors.isEmpty {
            let keys = rule.pattern.firstKeys
            for w in keys.words { byWord[w, default: []].insert(index) }
            for s in keys.slots { bySlot[s, default: []].insert(index) }
        }
        var byID = [[Int]](repeating: [], count: lexicon.slotMasks.count)
        for (word, id) in lexicon.ids {
            var set = byWord[word] ?? []
            for (slot, words) in Lexicon.slotWords where words.contains(word) { set.formUnion(bySlot[slot] ?? []) }
            byID[Int(id)] = set.sorted()
        }
        byStartID = byID
        let compiledRules = compiled
        nextFilter = byID.enumerated().map { id, ruleIndices -> NextTokenGate? in
            var ids = IDSet([])
            var slots: UInt32 = 0
            var unfiltered: [Int] = []
            for r in ruleIndices {
                // Only rules whose first step is this very word (not a slot it fills, not skipped) can be filtered.
                guard case .ids(let run)? = compiledRules[r].steps.first?.element, compiledRules[r].words[run].contains(Int32(id)),
                      !compiledRules[r].steps[0].optional || (compiledRules[r].second.map { !$0.ids.contains(Int32(id)) && $0.slots & lexicon.slotMasks[id] == 0 } ?? false),
                      let second = compiledRules[r].second else {
                    unfiltered.append(r)
                    continue
                }
                ids = ids.union(second.ids)
                slots |= second.slots
            }
            // Worth a look only when most rules can be passed over.
            guard unfiltered.count * 4 < ruleIndices.count else { return nil }
            return NextTokenGate(filter: NextToken(ids: ids, slots: slots), unfiltered: unfiltered)
        }
        forNumbers = Set(Lexicon.numberSlots.flatMap { bySlot[$0] ?? [] }).sorted()
        forDigitWords = Set(Lexicon.digitWordSlots.flatMap { bySlot[$0] ?? [] }).sorted()
        slotHeads = SlotHeads(compiled)
        unretained = compiled.map { Unmanaged.passUnretained($0) }
    }

    static let shared = Matcher(rules: RuleTable.all)

    /// The rules that could match starting at the token `t`, in priority order.
    private func candidates(_ t: TokenFacts) -> [Int] {
        switch t.kind {
        case .number:
            return forNumbers
        case .punctuation:
            return t.id >= 0 ? byStartID[Int(t.id)] : []
        case .word:
            if t.isDigitLed {
                return t.id >= 0 ? forDigitWords + byStartID[Int(t.id)] : forDigitWords
            }
            return t.id >= 0 ? byStartID[Int(t.id)] : []
        }
    }

    /// Every rule's longest match starting at token `i`, longest first; among equals, the earlier rule first.
    /// `cache` is scratch room for the slots read at `i`, kept by the caller so that it is set up once per text.
    func matches(_ input: CompiledPattern.Input, at i: Int, cache: inout CompiledPattern.SlotCache) -> [Match] {
        let here = input.facts[i]
        if here.id < 0 && here.kind != .number && !here.isDigitLed { return [] }
        var list: [Int]
        if here.id >= 0, here.kind != .number, let gate = nextFilter[Int(here.id)], !input.token(at: i + 1, fits: gate.filter) {
            // Only the rules that need no certain next token are left; a word led by a digit also starts the
            // digit-word rules, which the gate does not cover, so it tries them all.
            guard !gate.unfiltered.isEmpty else { return [] }
            list = here.isDigitLed ? candidates(here) : gate.unfiltered
        } else {
            list = candidates(here)
        }
        guard !list.isEmpty else { return [] }
        var found: [Match] = []
        var last = -1
        cache.clear()
        for r in list where r != last {
            last = r
            guard slotHeads.mayStart(r, input, at: i, cache: &cache) else { continue }
            let match = unretained[r]._withUnsafeGuaranteedRef { $0.longestMatch(input, at: i, cache: &cache) }
            if let m = match {
                found.append(Match(rule: r, start: i, end: m.end, captures: m.captures))
            }
        }
        if found.count > 1 {
            found.sort { $0.end != $1.end ? $0.end > $1.end : $0.rule < $1.rule }
        }
        return found
    }
}

/// For the rules that can start with one word: what the next token must be for those that need a certain one
/// (`filter`), and those that do not (`unfiltered`, in priority order).
struct NextTokenGate: Sendable {
    var filter: NextToken
    var unfiltered: [Int]
}

