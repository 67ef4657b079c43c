/// What kind of thing an event is, as the sentence presents it.
public enum EventKind: String, Sendable, Codable, CaseIterable {
    /// It happened ("Putin met Assad on Wednesday").
    case occurred
    /// It is planned, expected or possible ("would meet in August", "is due to", "next month").
    case planned
    /// Someone said something; the statement is the event ("Peskov told reporters on Tuesday ...").
    case statement
    /// Someone denied or refuted something ("Turkish officials denied the report").
    case denied
    /// An ongoing state that started then ("Since September 2015, Russia has been conducting ...").
    case ongoing
}

/// Where an event was read: the article, the sentence, and the time expression that dated it.
///
/// Offsets count Unicode scalars in the article's text; `end` is exclusive.
public struct Citation: Hashable, Sendable, Codable {
    /// The article id.
    public var source: String
    /// The sentence as written.
    public var quote: String
    public var start: Int
    public var end: Int
    /// The time expression as written, nil when the citation corroborates without a date of its own.
    public var expression: String?
    /// How that expression was resolved: rule and anchor.
    public var resolvedFrom: Resolution?

    public init(source: String, quote: String, start: Int, end: Int, expression: String? = nil, resolvedFrom: Resolution? = nil) {
        self.source = source
        self.quote = quote
        self.start = start
        self.end = end
        self.expression = expression
        self.resolvedFrom = resolvedFrom
    }
}

/// Why a time expression got its value: the rule that fired and the date it counted from.
public struct Resolution: Hashable, Sendable, Codable {
    public var rule: String
    public var anchor: CalendarDate
    public var anchorKind: AnchorKind

    public init(rule: String, anchor: CalendarDate, anchorKind: AnchorKind) {
        self.rule = rule
        self.anchor = anchor
        self.anchorKind = anchorKind
    }
}

/// A dated happening read from one sentence of one article.
public struct Event: Hashable, Sendable, Codable {
    /// When it happened (or is planned); nil for an undated sentence kept only to corroborate others.
    public var when: TemporalValue?
    /// The clause that states the event, trimmed of the reporting frame.
    public var summary: String
    /// Named people, organizations and places, as written.
    public var actors: [String]
    /// Content words that name the action ("met", "talks", "intervention"), lower-cased lemmas or stems.
    public var actionWords: [String]
    public var kind: EventKind
    public var citation: Citation

    public init(when: TemporalValue?, summary: String, actors: [String] = [], actionWords: [String] = [], kind: EventKind, citation: Citation) {
        self.when = when
        self.summary = summary
        self.actors = actors
        self.actionWords = actionWords
        self.kind = kind
        self.citation = citation
    }
}
