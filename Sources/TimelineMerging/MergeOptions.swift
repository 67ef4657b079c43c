/// Thresholds that decide when two events are the same happening.
///
/// Similarity runs from 0 to 1 (see `EventSimilarity`). The defaults are conservative: a pair
/// must share most of its actors, and some action or wording, before it merges.
public struct MergeOptions: Hashable, Sendable {
    /// Least similarity for two events whose dates are compatible (equal, or one inside the other).
    public var compatibleThreshold: Double
    /// Least similarity for two events whose dates disagree but are close (see `nearDays`):
    /// they become one entry with a conflict. They must also share actors and actions.
    public var conflictThreshold: Double
    /// Least similarity for two statements given for the very same day that share a speaker or
    /// other actor and an action: one person's remarks of one day are often reported in pieces
    /// that share few words ("Peskov stated that ..." and "he told reporters on Tuesday ...").
    public var sameDayStatementThreshold: Double
    /// Least similarity for an undated event to corroborate a dated entry from another source.
    public var corroborationThreshold: Double
    /// Least number of actors an undated event must share with the entry it corroborates.
    public var corroborationActors: Int
    /// Among entries an undated event fits about as well as the best (within this margin), the
    /// one dated closest to its article's publication date wins: undated sentences in news
    /// mostly tell of the latest events.
    public var recencyMargin: Double
    /// Two incompatible dates are close when both cover at most a month and at most this many
    /// days lie between them.
    public var nearDays: Int

    public init(compatibleThreshold: Double = 0.5, conflictThreshold: Double = 0.65,
                sameDayStatementThreshold: Double = 0.35, corroborationThreshold: Double = 0.6,
                corroborationActors: Int = 2, recencyMargin: Double = 0.1, nearDays: Int = 3) {
        self.compatibleThreshold = compatibleThreshold
        self.conflictThreshold = conflictThreshold
        self.sameDayStatementThreshold = sameDayStatementThreshold
        self.corroborationThreshold = corroborationThreshold
        self.corroborationActors = corroborationActors
        self.recencyMargin = recencyMargin
        self.nearDays = nearDays
    }
}
