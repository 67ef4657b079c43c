/// Thresholds that decide when two events are the same happening.
///
/// Similarity runs from 0 to 1 (see `EventSimilarity`). The defaults are conservative: a pair
/// must share actors or action words, and most of both, before it merges.
public struct MergeOptions: Hashable, Sendable {
    /// Least similarity for two events whose dates are compatible (equal, or one inside the other).
    public var compatibleThreshold: Double
    /// Least similarity for two events whose dates disagree but are close (see `nearDays`):
    /// they become one entry with a conflict.
    public var conflictThreshold: Double
    /// Least similarity for an undated event to corroborate a dated entry from another source.
    public var corroborationThreshold: Double
    /// Two incompatible dates are close when both cover at most a month and at most this many
    /// days lie between them.
    public var nearDays: Int

    public init(compatibleThreshold: Double = 0.5, conflictThreshold: Double = 0.6,
                corroborationThreshold: Double = 0.6, nearDays: Int = 7) {
        self.compatibleThreshold = compatibleThreshold
        self.conflictThreshold = conflictThreshold
        self.corroborationThreshold = corroborationThreshold
        self.nearDays = nearDays
    }
}
