import TextAnalysis

/// A `Pattern` with its words replaced by `Lexicon` ids, for fast matching.
///
/// A class, so that the matcher reaches a pattern through one reference instead of copying its arrays. The ids
/// every step names are kept in one array (`words`), and a step names a run of it, so that a step is a plain
/// value: walking the steps while matching copies no arrays and counts no references.
final class CompiledPattern: Sendable {
    enum Element: Sendable {
        /// One of the words `words[run]`.
        case ids(Range<Int>)
        /// One of several runs of touching tokens: `alternatives[run]`, each a run of `words`.
        case sequences(Range<Int>)
        case slot(Slot, mask: UInt32)
    }

    struct Step: Sendable {
        var element: Element
        var optional: Bool
        var glued: Bool
    }

    let steps: [Step]
    /// The ids the steps name (a word no rule knows is -2, which no token has).
    let words: [Int32]
    /// The alternatives of every `.sequences` step, each a run of `words`.
    let alternatives: [Range<Int>]
    /// The words one of which must come just before, and just after, the match (nil: any).
    let before: [Int32]?
    let after: [Int32]?
    /// When the first step is a word: what the token after it must be able to start, so that most tries at a
    /// common first word ("the", "last") end after one look.
    let second: NextToken?
    /// What the token right after the first step must be able to start (nil: anything, the steps after the first
    /// being optional or absent).
    let afterFirst: NextToken?

    init(_ pattern: Pattern, lexicon: Lexicon) {
        func id(_ w: String) -> Int32 { lexicon.ids[w] ?? -2 }
        var words: [Int32] = []
        var alternatives: [Range<Int>] = []
        func run(_ list: some Sequence<String>) -> Range<Int> {
            let start = words.count
            words.append(contentsOf: list.map(id))
            return start..<words.count
        }
        var steps: [Step] = []
        for step in pattern.steps {
            let element: Element
            switch step.element {
            case .words(let list): element = .ids(run(list))
            case .sequences(let list):
                let start = alternatives.count
                for alternative in list { alternatives.append(run(alternative)) }
                element = .sequences(start..<alternatives.count)
            case .slot(let slot): element = .slot(slot, mask: Lexicon.bit(slot))
            }
            steps.append(Step(element: element, optional: step.optional, glued: step.glued))
        }
        self.steps = steps
        self.words = words
        self.alternatives = alternatives
        before = pattern.context.map { $0.map(id) }
        after = pattern.followedBy.map { $0.map(id) }
        if pattern.steps.count > 1 {
            var ids = Set<Int32>()
            var slots: UInt32 = 0
            var open = true
            for step in pattern.steps.dropFirst() {
                switch step.element {
                case .words(let words): ids.formUnion(words.map(id))
                case .sequences(let alternatives): ids.formUnion(alternatives.compactMap(\.first).map(id))
                case .slot(let slot): slots |= Lexicon.bit(slot)
                }
                if !step.optional {
                    open = false
                    break
                }
            }
            afterFirst = open ? nil : NextToken(ids: IDSet(ids), slots: slots)
        } else {
            afterFirst = nil
        }
        if case .words = pattern.steps.first?.element {
            second = afterFirst
        } else {
            second = nil
        }
    }

    /// True when `id` is one of the words of `run`.
    @inline(__always)
    private func names(_ run: Range<Int>, _ id: Int32) -> Bool {
        words[run].contains(id)
    }

    /// Text being matched: its tokens, and each token's `TokenFacts` (with its `Lexicon` id).
    struct Input {
        let tokens: [Token]
        /// For each token, what matching asks of it before it reads its text.
        let facts: [TokenFacts]

        /// Looks each token up in `lexicon` once, reading the tokens in place.
        init(tokens: [Token], lexicon: Lexicon) {
            self.tokens = tokens
            facts = tokens.withUnsafeBufferPointer { buffer in
                [TokenFacts](unsafeUninitializedCapacity: buffer.count) { facts, initialized in
                    // Through a pointer, so that each token's fields are read in place (a subscript copies the Token).
                    guard let first = buffer.baseAddress else { return }
                    for k in 0..<buffer.count {
                        let token = first + k
                        facts.initializeElement(at: k, to: TokenFacts(kind: token.pointee.kind, flags: token.pointee.flags,
                                                                      lower: token.pointee.lower, lexicon: lexicon))
                    }
                    initialized = buffer.count
                }
            }
        }

        var count: Int { facts.count }

        /// True when the token at `j` is one of `filter.ids` or can begin one of its slots.
        func token(at j: Int, fits filter: NextToken) -> Bool {
            guard j < facts.count else { return false }
            let t = facts[j]
            return filter.ids.contains(t.id) || t.mayFill(filter.slots)
        }
    }

    /// What each slot read at one token position, shared by the rules tried there (many begin with the same slot).
    /// Kept inline by slot (a slot's place is the bit of its mask, `Lexicon.bit`), so finding a read is one bit
    /// test; set up once per text and cleared at each position (`clear()`).
    struct SlotCache {
        /// The masks of the slots read at this position.
        private var read: UInt32 = 0
        /// By slot: where its read ended (-1: no match) and what it captured.
        private var ends = InlineArray<32, Int>(repeating: -1)
        private var captures = InlineArray<32, Captures>(repeating: Captures())

        /// Forgets every read, for the next position.
        mutating func clear() { read = 0 }

        /// The place of `slot`'s read at `i` in the cache, reading it on first use.
        @inline(__always)
        private mutating func entry(_ slot: Slot, mask: UInt32, _ input: Input, at i: Int) -> Int {
            let k = mask.trailingZeroBitCount & 31
            if read & mask == 0 {
                var c = Captures()
                ends[k] = slot.match(input, i, into: &c) ?? -1
                captures[k] = c
                read |= mask
            }
            return k
        }

        mutating func match(_ slot: Slot, mask: UInt32, _ input: Input, at i: Int) -> (end: Int?, captures: Captures) {
            let k = entry(slot, mask: mask, input, at: i)
            return (ends[k] < 0 ? nil : ends[k], captures[k])
        }

        /// Where `slot` read at `i` ends, nil when it does not match there.
        mutating func end(of slot: Slot, mask: UInt32, _ input: Input, at i: Int) -> Int? {
            let k = entry(slot, mask: mask, input, at: i)
            return ends[k] < 0 ? nil : ends[k]
        }
    }

    /// The longest way the pattern matches from token `i`: its end and captures.
    func longestMatch(_ input: Input, at i: Int, cache: inout SlotCache) -> (end: Int, captures: Captures)? {
        guard let first = steps.first else { return nil }
        let id = input.facts[i].id
        if let before {
            guard i > 0, before.contains(input.facts[i - 1].id) else { return nil }
        }
        if case .ids(let run) = first.element, let second, names(run, id), !input.token(at: i + 1, fits: second) {
            // The first word is here but what follows cannot continue. When the word is optional, the match may
            // still skip it, if this token could itself start the steps after it.
            if !first.optional { return nil }
            if !second.ids.contains(id), input.facts[i].listedSlots & second.slots == 0 { return nil }
        }
        var best: (end: Int, captures: Captures)?
        // A leading slot is read once per position for all rules (its captures are the first ones).
        if case .slot(let slot, let mask) = first.element {
            if input.facts[i].mayFill(mask) {
                let read = cache.match(slot, mask: mask, input, at: i)
                if let end = read.end {
                    extend(input, step: 1, position: end, start: i, previousMatched: true, captures: read.captures, best: &best)
                }
            }
            if first.optional {
                extend(input, step: 1, position: i, start: i, previousMatched: false, captures: Captures(), best: &best)
            }
            return best
        }
        extend(input, step: 0, position: i, start: i, previousMatched: false, captures: Captures(), best: &best)
        return best
    }

    private func extend(_ input: Input, step s: Int, position: Int, start: Int, previousMatched: Bool, captures: Captures,
                        best: inout (end: Int, captures: Captures)?) {
        if s == steps.count {
            if let after, !(position < input.count && after.contains(input.facts[position].id)) { return }
            if position > start, position > (best?.end ?? 0) { best = (position, captures) }
            return
        }
        let step = steps[s]
        if position < input.count, !(step.glued && previousMatched && position > start && !input.facts[position].isGlued) {
            switch step.element {
            case .ids(let run):
                if names(run, input.facts[position].id) {
                    extend(input, step: s + 1, position: position + 1, start: start, previousMatched: true, captures: captures, best: &best)
                }
            case .sequences(let runs):
                for run in alternatives[runs] where position + run.count <= input.count {
                    var ok = true
                    for k in 0..<run.count {
                        let t = input.facts[position + k]
                        if t.id != words[run.lowerBound + k] || (k > 0 && !t.isGlued) {
                            ok = false
                            break
                        }
                    }
                    if ok {
                        extend(input, step: s + 1, position: position + run.count, start: start, previousMatched: true,
                               captures: captures, best: &best)
                    }
                }
            case .slot(let slot, let mask):
                if input.facts[position].mayFill(mask) {
                    var c = captures
                    if let next = slot.match(input, position, into: &c) {
                        extend(input, step: s + 1, position: next, start: start, previousMatched: true, captures: c, best: &best)
                    }
                }
            }
        }
        if step.optional {
            extend(input, step: s + 1, position: position, start: start, previousMatched: false, captures: captures, best: &best)
        }
    }
}

/// What the token after a pattern's first word must be able to start: one of `ids`, or one of the `slots` (bits).
struct NextToken: Sendable {
    var ids: IDSet
    var slots: UInt32
}

/// A small set of lexicon ids kept sorted, searched without hashing.
struct IDSet: Sendable {
    let sorted: [Int32]

    init(_ ids: some Sequence<Int32>) {
        sorted = Array(Set(ids)).sorted()
    }

    @inline(__always)
    func contains(_ id: Int32) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == id
    }

    func union(_ other: IDSet) -> IDSet { IDSet(sorted + other.sorted) }
    var isEmpty: Bool { sorted.isEmpty }
}
