/// Which date a relative expression was counted from.
public enum AnchorKind: String, Sendable, Codable {
    /// The article's publication date ("yesterday", "last week").
    case publication
    /// The date the text mentioned last ("two days later", "the following day").
    case lastMention
    /// No anchor was needed ("July 25, 2024", "P3Y").
    case none
}

/// A temporal expression found in a text, with its normalized value and how it was obtained.
///
/// Offsets count Unicode scalars from the start of the text; `end` is exclusive.
public struct TemporalMention: Hashable, Sendable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var value: TemporalValue
    /// The id of the rule that recognized the expression, e.g. `month-of-relative-year`.
    public var rule: String
    /// The date the value was counted from.
    public var anchor: CalendarDate
    public var anchorKind: AnchorKind

    public init(text: String, start: Int, end: Int, value: TemporalValue, rule: String, anchor: CalendarDate, anchorKind: AnchorKind) {
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.rule = rule
        self.anchor = anchor
        self.anchorKind = anchorKind
    }
}
