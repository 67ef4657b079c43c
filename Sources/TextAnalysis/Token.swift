/// One word, number or punctuation mark of a text, with where it is.
///
/// Offsets count Unicode scalars from the start of the text (`end` exclusive); `utf8Start` and
/// `utf8End` are the same span in UTF-8 code units, for cutting the text without walking it.
public struct Token: Hashable, Sendable {
    /// What a token is made of.
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits ("July", "1990s", "25th").
        case word
        /// ASCII digits only ("2024", "07").
        case number
        /// Any other single scalar that is not white space ("," "." "-" "'").
        case punctuation
    }

    /// Facts about a token's surroundings and shape.
    public struct Flags: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// White space separates this token from the one before (always set on the first token).
        public static let spaceBefore = Flags(rawValue: 1)
        /// A line break is in the white space before this token.
        public static let lineBreakBefore = Flags(rawValue: 2)
        /// The first scalar is an upper-case letter.
        public static let capitalized = Flags(rawValue: 4)
        /// Every letter is upper-case and there are at least two ("NATO", "GMT").
        public static let allCaps = Flags(rawValue: 8)
    }

    public var kind: Kind
    public var flags: Flags
    /// Scalar offsets.
    public var start: Int
    public var end: Int
    /// UTF-8 offsets.
    public var utf8Start: Int
    public var utf8End: Int
    /// The token lower-cased.
    public var lower: String

    public init(kind: Kind, flags: Flags, start: Int, end: Int, utf8Start: Int, utf8End: Int, lower: String) {
        self.kind = kind
        self.flags = flags
        self.start = start
        self.end = end
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.lower = lower
    }

    /// True when nothing separates this token from the previous one.
    public var isGlued: Bool { !flags.contains(.spaceBefore) }
    public var isCapitalized: Bool { flags.contains(.capitalized) }
    /// The numeric value of a `.number` token of at most 9 digits.
    public var intValue: Int? {
        guard kind == .number else { return nil }
        return Token.intValue(of: lower)
    }

    /// The value of a number token's text `digits`, as `intValue` reads it: nil for more than 9 bytes.
    public static func intValue(of digits: String) -> Int? {
        let bytes = digits.utf8
        guard bytes.count <= 9, !bytes.isEmpty else { return nil }
        // Read in place (a token's text always has its bytes together).
        if let n = bytes.withContiguousStorageIfAvailable(plainDigitsValue) ?? nil { return n }
        // Not plain ASCII digits (only a hand-made token): let `Int` read it.
        return Int(digits)
    }

    /// The value of `bytes` when all are ASCII digits, else nil.
    private static func plainDigitsValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var n = 0
        for b in bytes {
            guard b >= 48 && b <= 57 else { return nil }
            n = n * 10 + Int(b - 48)
        }
        return n
    }
}
