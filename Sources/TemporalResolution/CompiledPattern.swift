import TextAnalysis

/// A `Pattern` with its words replaced by `Lexicon` ids, for fast matching.
struct CompiledPattern: Sendable {
    enum Element: Sendable {
        case ids([Int32])
        case sequences([[Int32]])
        case slot(Slot, mask: UInt32)
    }

    struct Step: Sendable {
        var element: Element
        var optional: Bool
        var glued: Bool
    }

    let steps: [Step]
    /// The words one of which must come just before, and just after, the match (nil: any).
    /// One reference for both keeps the struct as cheap to copy as the matcher needs.
    final class Context: Sendable {
        let before: [Int32]?
        let after: [Int32]?

        init(before: [Int32]?, after: [Int32]?) {
            self.before = before
            self.after = after
        }
    }

    let context: Context?
    /// When the first step is a word: what the token after it must be able to start (ids, slots), so that most
    /// tries at a common first word ("the", "last") end after one look.
    let second: (ids: IDSet, slots: UInt32)?

    init(_ pattern: Pattern, lexicon: Lexicon) {
        func id(_ w: String) -> Int32 { lexicon.ids[w] ?? -2 }
        steps = pattern.steps.map { step in
            let element: Element
            switch step.element {
            case .words(let words): element = .ids(words.map(id))
            case .sequences(let alternatives): element = .sequences(alternatives.map { $0.map(id) })
            case .slot(let slot): element = .slot(slot, mask: Lexicon.bit(slot))
            }
            return Step(element: element, optional: step.optional, glued: step.glued)
        }
        let before = pattern.context.map { $0.map(id) }
        let after = pattern.followedBy.map { $0.map(id) }
        context = before == nil && after == nil ? nil : Context(before: before, after: after)
        if case .words = pattern.steps.first?.element, pattern.steps.count > 1 {
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
            second = open ? nil : (IDSet(ids), slots)
        } else {
            second = nil
        }
    }

    /// True when the token at `i` itself could start the steps after the first (when the first is skipped).
    @inline(__always)
    private func mayFillSecond(_ input: Input, at i: Int) -> Bool {
        guard let second, second.slots != 0 else { return false }
        let t = input.tokens[i]
        switch t.kind {
        case .number: return Lexicon.numberSlotMask & second.slots != 0
        case .punctuation: return false
        case .word:
            let id = input.ids[i]
            return id >= 0 && input.slotMasks[Int(id)] & second.slots != 0
        }
    }

    /// False when the token at `i + 1` cannot continue a match whose first word is the token at `i`.
    @inline(__always)
    private func mayContinue(_ input: Input, at i: Int) -> Bool {
        guard let second else { return true }
        return CompiledPattern.token(at: i + 1, in: input, fits: second)
    }

    /// True when the token at `j` is one of `filter.ids` or can begin one of its slots.
    static func token(at j: Int, in input: Input, fits filter: (ids: IDSet, slots: UInt32)) -> Bool {
        let second = filter
        guard j < input.tokens.count else { return false }
        if second.ids.contains(input.ids[j]) { return true }
        guard second.slots != 0 else { return false }
        let t = input.tokens[j]
        switch t.kind {
        case .number: return Lexicon.numberSlotMask & second.slots != 0
        case .punctuation: return false
        case .word:
            let id = input.ids[j]
            if id >= 0, input.slotMasks[Int(id)] & second.slots != 0 { return true }
            if let first = t.lower.utf8.first, first >= 48 && first <= 57 { return Lexicon.digitWordSlotMask & second.slots != 0 }
            return false
        }
    }

    /// Text being matched: tokens, their lexicon ids and the lexicon's slot masks.
    struct Input {
        let tokens: [Token]
        let ids: [Int32]
        let slotMasks: [UInt32]

        /// False when the token at `i` cannot begin `slot` (a quick test before the slot's own).
        @inline(__always)
        func mayFill(_ slot: Slot, mask: UInt32, at i: Int) -> Bool {
            let t = tokens[i]
            switch t.kind {
            case .number: return Lexicon.numberSlotMask & mask != 0
            case .punctuation: return false
            case .word:
                let id = ids[i]
                if id >= 0, slotMasks[Int(id)] & mask != 0 { return true }
                if let first = t.lower.utf8.first, first >= 48 && first <= 57 { return Lexicon.digitWordSlotMask & mask != 0 }
                return false
            }
        }
    }

    /// What each slot read at one token position, shared by the rules tried there (many begin with the same slot).
    struct SlotCache {
        private var entries: [(end: Int?, captures: Captures)?] = Array(repeating: nil, count: Slot.allCases.count)

        mutating func match(_ slot: Slot, mask: UInt32, _ input: Input, at i: Int) -> (end: Int?, captures: Captures) {
            let k = mask.trailingZeroBitCount
            if let known = entries[k] { return known }
            var c = Captures()
            let end = slot.match(input.tokens, i, into: &c)
            entries[k] = (end, c)
            return (end, c)
        }
    }

    /// The longest way the pattern matches from token `i`: its end and captures.
    func longestMatch(_ input: Input, at i: Int, cache: inout SlotCache) -> (end: Int, captures: Captures)? {
        if let before = context?.before {
            guard i > 0, before.contains(input.ids[i - 1]) else { return nil }
        }
        // A first word that the pattern could skip (optional) must also fit what follows it; checked by the full match.
        if case .ids(let first)? = steps.first?.element, first.contains(input.ids[i]), !steps[0].optional, !mayContinue(input, at: i) {
            return nil
        }
        if case .ids(let first)? = steps.first?.element, steps[0].optional, first.contains(input.ids[i]),
           !mayContinue(input, at: i), !(second?.ids.contains(input.ids[i]) ?? true), !mayFillSecond(input, at: i) {
            return nil
        }
        var best: (end: Int, captures: Captures)?
        // A leading slot is read once per position for all rules (its captures are the first ones).
        if case .slot(let slot, let mask) = steps.first?.element {
            if input.mayFill(slot, mask: mask, at: i) {
                let first = cache.match(slot, mask: mask, input, at: i)
                if let end = first.end {
                    extend(input, step: 1, position: end, start: i, previousMatched: true, captures: first.captures, best: &best)
                }
            }
            if steps[0].optional {
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
            if let after = context?.after, !(position < input.tokens.count && after.contains(input.ids[position])) { return }
            if position > start, position > (best?.end ?? 0) { best = (position, captures) }
            return
        }
        if position < input.tokens.count, !(steps[s].glued && previousMatched && position > start && !input.tokens[position].isGlued) {
            switch steps[s].element {
            case .ids(let ids):
                if ids.contains(input.ids[position]) {
                    extend(input, step: s + 1, position: position + 1, start: start, previousMatched: true, captures: captures, best: &best)
                }
            case .sequences(let alternatives):
                for alternative in alternatives where position + alternative.count <= input.tokens.count {
                    var ok = true
                    for (k, id) in alternative.enumerated() where input.ids[position + k] != id || (k > 0 && !input.tokens[position + k].isGlued) {
                        ok = false
                        break
                    }
                    if ok {
                        extend(input, step: s + 1, position: position + alternative.count, start: start, previousMatched: true,
                               captures: captures, best: &best)
                    }
                }
            case .slot(let slot, let mask):
                if input.mayFill(slot, mask: mask, at: position) {
                    var c = captures
                    if let next = slot.match(input.tokens, position, into: &c) {
                        extend(input, step: s + 1, position: next, start: start, previousMatched: true, captures: c, best: &best)
                    }
                }
            }
        }
        if steps[s].optional {
            extend(input, step: s + 1, position: position, start: start, previousMatched: false, captures: captures, best: &best)
        }
    }
}

/// A small set of lexicon ids kept sorted, searched without hashing.
struct IDSet: Sendable {
    private let sorted: [Int32]

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
