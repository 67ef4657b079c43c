/// One sentence of a text, with where it sits.
///
/// Offsets count Unicode scalars from the start of the text; `end` is exclusive, and
/// `text` is exactly the scalars `start..<end` of the original text.
public struct Sentence: Hashable, Sendable {
    /// What a sentence-sized piece of text is.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Running text.
        case text
        /// A title or heading: a line on its own without closing punctuation, or a Markdown `#` line.
        case heading
        /// A news dateline such as `MOSCOW, July 25 (Reuters) -`, without the dash.
        case dateline
    }

    public var text: String
    public var start: Int
    public var end: Int
    public var kind: Kind

    public init(text: String, start: Int, end: Int, kind: Kind = .text) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
    }
}
