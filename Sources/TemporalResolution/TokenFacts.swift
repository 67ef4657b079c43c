import TextAnalysis

/// What the matcher asks of one token before it reads the token's text, as plain values.
///
/// Trying rules at a position reads these instead of `Token`s: a `Token` holds a `String`, so every copy of one
/// costs reference counting, while these copy for free.
struct TokenFacts: Sendable {
    /// The token's `Lexicon` id, -1 for words no rule knows.
    var id: Int32
    /// The slots the token can begin: its word's (`Lexicon.slotMasks`), the number slots for a number, and for a
    /// word led by a digit ("25th", "1990s", "3pm") also the digit-word slots.
    var slots: UInt32
    /// `slots` without the digit-word ones: what the word itself, or a number, can begin.
    var listedSlots: UInt32
    var kind: Token.Kind
    var flags: Token.Flags
    /// A word whose first character is an ASCII digit.
    var isDigitLed: Bool

    /// The facts of a token given by its parts (so that building facts for a token in an array copies no `Token`),
    /// looking its word up in `lexicon` (punctuation too: "-" and "/" are words of rules).
    init(kind: Token.Kind, flags: Token.Flags, lower: borrowing String, lexicon: borrowing Lexicon) {
        let id = lexicon.id(of: lower)
        self.id = id
        self.kind = kind
        self.flags = flags
        isDigitLed = false
        switch kind {
        case .number:
            listedSlots = Lexicon.numberSlotMask
            slots = listedSlots
        case .punctuation:
            listedSlots = 0
            slots = 0
        case .word:
            listedSlots = id >= 0 ? lexicon.slotMasks[Int(id)] : 0
            slots = listedSlots
            if let first = lower.utf8.first, first >= 48 && first <= 57 {
                isDigitLed = true
                slots |= Lexicon.digitWordSlotMask
            }
        }
    }

    /// Nothing separates the token from the one before.
    var isGlued: Bool { !flags.contains(.spaceBefore) }
    var isCapitalized: Bool { flags.contains(.capitalized) }

    /// True when the token may begin one of the slots in `mask` (a quick test before the slots' own).
    @inline(__always)
    func mayFill(_ mask: UInt32) -> Bool { slots & mask != 0 }
}
