/// What the slots of one rule match captured: the numbers and words a normalization reads.
///
/// Numbers are kept in 32 bits (a rule's numbers are small) so that copying captures while matching stays cheap.
struct Captures: Hashable, Sendable {
    /// Nil with `vagueCount` for "several", "a few".
    var vagueCount = false
    var unit: TimeUnit?
    var season: Season?
    var partOfDay: PartOfDay?
    private var stored_year: Int32 = .min
    var year: Int? {
        get { stored_year == .min ? nil : Int(stored_year) }
        set { stored_year = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    private var stored_month: Int32 = .min
    var month: Int? {
        get { stored_month == .min ? nil : Int(stored_month) }
        set { stored_month = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    private var stored_day: Int32 = .min
    var day: Int? {
        get { stored_day == .min ? nil : Int(stored_day) }
        set { stored_day = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    private var stored_weekday: Int32 = .min
    var weekday: Int? {
        get { stored_weekday == .min ? nil : Int(stored_weekday) }
        set { stored_weekday = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    private var stored_count: Int32 = .min
    var count: Int? {
        get { stored_count == .min ? nil : Int(stored_count) }
        set { stored_count = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    private var stored_ordinal: Int32 = .min
    var ordinal: Int? {
        get { stored_ordinal == .min ? nil : Int(stored_ordinal) }
        set { stored_ordinal = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    private var stored_decade: Int32 = .min
    var decade: Int? {
        get { stored_decade == .min ? nil : Int(stored_decade) }
        set { stored_decade = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    private var stored_century: Int32 = .min
    var century: Int? {
        get { stored_century == .min ? nil : Int(stored_century) }
        set { stored_century = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    private var stored_hour: Int32 = .min
    var hour: Int? {
        get { stored_hour == .min ? nil : Int(stored_hour) }
        set { stored_hour = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    private var stored_minute: Int32 = .min
    var minute: Int? {
        get { stored_minute == .min ? nil : Int(stored_minute) }
        set { stored_minute = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    private var stored_firstInteger: Int32 = .min
    var firstInteger: Int? {
        get { stored_firstInteger == .min ? nil : Int(stored_firstInteger) }
        set { stored_firstInteger = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    private var stored_secondInteger: Int32 = .min
    var secondInteger: Int? {
        get { stored_secondInteger == .min ? nil : Int(stored_secondInteger) }
        set { stored_secondInteger = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    private var stored_thirdInteger: Int32 = .min
    var thirdInteger: Int? {
        get { stored_thirdInteger == .min ? nil : Int(stored_thirdInteger) }
        set { stored_thirdInteger = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    private var stored_shortYear: Int32 = .min
    var shortYear: Int? {
        get { stored_shortYear == .min ? nil : Int(stored_shortYear) }
        set { stored_shortYear = newValue.map { Int32(clamping: $0) } ?? .min }
    }

    /// Plain integers in order, for numeric dates ("7/25/2024"); at most three are kept.
    var integers: [Int] { [firstInteger, secondInteger, thirdInteger].compactMap { $0 } }

    mutating func appendInteger(_ n: Int) {
        if firstInteger == nil { firstInteger = n } else if secondInteger == nil { secondInteger = n } else if thirdInteger == nil { thirdInteger = n }
    }
}
