import TextAnalysis

/// Words before a time expression that become its `mod` and part of its span: "early 2012", "nearly ten years".
enum ModifierTable {
    enum Applies: Sendable { case dates, durations }

    /// Longer entries are tried first.
    static let entries: [(words: [String], mod: TimexModifier, applies: Applies)] = [
        (["the", "beginning", "of"], .start, .dates), (["the", "start", "of"], .start, .dates),
        (["the", "end", "of"], .end, .dates), (["the", "middle", "of"], .mid, .dates),
        (["the", "turn", "of"], .start, .dates),
        (["the", "early"], .start, .dates), (["the", "mid", "-"], .mid, .dates), (["the", "late"], .end, .dates),
        (["early", "on"], .start, .dates), (["late", "on"], .end, .dates), (["early", "in"], .start, .dates),
        (["late", "in"], .end, .dates),
        (["early", "-"], .start, .dates), (["mid", "-"], .mid, .dates), (["late", "-"], .end, .dates),
        (["early"], .start, .dates), (["mid"], .mid, .dates), (["late"], .end, .dates),
        (["no", "more", "than"], .equalOrLess, .durations), (["more", "than"], .moreThan, .durations),
        (["less", "than"], .lessThan, .durations), (["fewer", "than"], .lessThan, .durations),
        (["at", "least"], .equalOrMore, .durations), (["up", "to"], .equalOrLess, .durations),
        (["nearly"], .lessThan, .durations), (["almost"], .lessThan, .durations),
        (["about"], .approx, .durations), (["around"], .approx, .durations), (["approximately"], .approx, .durations),
        (["roughly"], .approx, .durations), (["some"], .approx, .durations),
    ]

    /// The modifier ending just before token `start` that fits a value of `type`, and where it begins.
    static func modifier(before start: Int, in tokens: [Token], for value: TemporalValue, isShift: Bool) -> (start: Int, mod: TimexModifier)? {
        for entry in entries {
            let n = entry.words.count
            guard start - n >= 0 else { continue }
            var ok = true
            for k in 0..<n where tokens[start - n + k].lower != entry.words[k] {
                ok = false
                break
            }
            guard ok else { continue }
            switch entry.applies {
            case .dates:
                guard value.type == .date || value.type == .time, value.interval != nil, !isShift else { continue }
                return (start - n, entry.mod)
            case .durations:
                if value.type == .duration {
                    return (start - n, entry.mod)
                }
                if isShift, value.interval != nil, entry.mod != .equalOrLess {
                    return (start - n, .approx)
                }
            }
        }
        return nil
    }
}
