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
    /// The word before the expression that shapes the interval ("since", "until", "by", ...), nil when none.
    public var signal: TemporalSignal?
    /// For a range ("from May to June", "between 2010 and 2012"): the value of its end, while `value` is its start.
    /// `text`, `start` and `end` then cover the whole range.
    public var rangeEnd: TemporalValue?
    /// The tense of the clause the expression is in, when its verbs show one.
    public var tense: Tense?

    public init(text: String, start: Int, end: Int, value: TemporalValue, rule: String, anchor: CalendarDate, anchorKind: AnchorKind,
                signal: TemporalSignal? = nil, rangeEnd: TemporalValue? = nil, tense: Tense? = nil) {
        self.signal = signal
        self.rangeEnd = rangeEnd
        self.tense = tense
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.rule = rule
        self.anchor = anchor
        self.anchorKind = anchorKind
    }
}
