/// What the matcher checks before it tries a rule whose first step is a slot that must match: that the slot
/// matches at the position, and that the token right after its reading can start the next step.
///
/// Every number token starts ~38 rules ({day}, {year}, {integer}, {count}, …) and "a" ~19 ({count}); most of them
/// need a certain next token (a unit, a month, "ago"). The slot is read once per position (`SlotCache`), so passing
/// such a rule over costs a look at a few plain values, not a try.
struct SlotHeads: Sendable {
    /// For a rule starting with a slot that must match: the slot, and what the token after its reading must be.
    struct Head: Sendable {
        var slot: Slot
        var mask: UInt32
        /// False when the steps after the slot are all optional: only the slot itself is checked.
        var filtersNext: Bool
        /// The slots (bits) the next token may begin, and the run of `ids` it may be.
        var nextSlots: UInt32
        var nextIDs: Range<Int>
    }

    /// By rule; nil for rules starting with a word or an optional slot (they are always tried).
    private let heads: [Head?]
    /// The ids of every head's next step, each head's run sorted.
    private let ids: [Int32]

    init(_ compiled: [CompiledPattern]) {
        var ids: [Int32] = []
        heads = compiled.map { pattern -> Head? in
            guard let first = pattern.steps.first, !first.optional, case .slot(let slot, let mask) = first.element else { return nil }
            let next = pattern.afterFirst
            let start = ids.count
            ids.append(contentsOf: next?.ids.sorted ?? [])
            return Head(slot: slot, mask: mask, filtersNext: next != nil, nextSlots: next?.slots ?? 0, nextIDs: start..<ids.count)
        }
        self.ids = ids
    }

    /// False when rule `r` cannot match at token `i`: its first slot does not match there, or what follows cannot
    /// continue it. True for the rules this does not judge.
    @inline(__always)
    func mayStart(_ r: Int, _ input: CompiledPattern.Input, at i: Int, cache: inout CompiledPattern.SlotCache) -> Bool {
        guard let head = heads[r] else { return true }
        guard input.facts[i].mayFill(head.mask), let end = cache.end(of: head.slot, mask: head.mask, input, at: i) else {
            return false
        }
        guard head.filtersNext else { return true }
        guard end < input.count else { return false }
        let t = input.facts[end]
        return t.mayFill(head.nextSlots) || ids[head.nextIDs].contains(t.id)
    }
}
