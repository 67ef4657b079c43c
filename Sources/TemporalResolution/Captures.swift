/// What the slots of one rule match captured: the numbers and words a normalization reads.
struct Captures: Hashable, Sendable {
    var year: Int?
    var month: Int?
    var day: Int?
    var weekday: Int?
    /// A count; nil with `vagueCount` for "several", "a few".
    var count: Int?
    var vagueCount = false
    var unit: TimeUnit?
    var ordinal: Int?
    var season: Season?
    var partOfDay: PartOfDay?
    var decade: Int?
    var century: Int?
    var hour: Int?
    var minute: Int?
    /// Plain integers in order, for numeric dates ("7/25/2024"); at most three are kept.
    var firstInteger: Int?
    var secondInteger: Int?
    var thirdInteger: Int?

    var integers: [Int] { [firstInteger, secondInteger, thirdInteger].compactMap { $0 } }

    mutating func appendInteger(_ n: Int) {
        if firstInteger == nil { firstInteger = n } else if secondInteger == nil { secondInteger = n } else if thirdInteger == nil { thirdInteger = n }
    }
    /// A two-digit year ("'89", "11/02/89"), already widened to four digits.
    var shortYear: Int?
}
