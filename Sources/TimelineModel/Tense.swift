/// The tense of the clause a time expression sits in, as far as its verbs show it.
public enum Tense: String, Sendable, Codable, CaseIterable {
    /// "met", "was", "had said".
    case past
    /// "is", "says", "meets".
    case present
    /// "will meet", "would meet", "is expected to", "plans to".
    case future
}
