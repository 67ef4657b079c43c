/// Choices that change how dates are read.
public struct ResolverOptions: Sendable {
    /// How to read a numeric date whose first two numbers could both be a month ("03/04/2024").
    public enum NumericDateOrder: Sendable {
        /// 03/04/2024 is March 4 (US).
        case monthFirst
        /// 03/04/2024 is 3 April (most of the world).
        case dayFirst
    }

    public var numericDateOrder: NumericDateOrder

    public init(numericDateOrder: NumericDateOrder = .monthFirst) {
        self.numericDateOrder = numericDateOrder
    }
}
