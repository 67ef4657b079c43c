import TimelineModel

/// Stable entry ids: a hash of the entry's anchor event, never of its position in the list.
///
/// The anchor is the entry's first dated event in canonical order (source id, then offset), so
/// an article that adds nothing to an entry cannot change its id.
enum EntryID {
    /// `e` and 12 hexadecimal digits of the FNV-1a hash of source, date value and normalized summary.
    static func make(anchor: Event) -> String {
        let summary = WordNormalizer.words(anchor.summary).joined(separator: " ")
        let key = [anchor.citation.source, anchor.when?.value ?? "", anchor.when?.mod?.rawValue ?? "", summary]
            .joined(separator: "\u{1F}")
        let hex = String(FNV1a.hash(key), radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        return "e" + padded.prefix(12)
    }

    /// Makes ids unique in list order: a repeated id gets `-2`, `-3`, ...
    static func disambiguate(_ ids: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return ids.map { id in
            let n = (seen[id] ?? 0) + 1
            seen[id] = n
            return n == 1 ? id : "\(id)-\(n)"
        }
    }
}

/// The 64-bit FNV-1a hash over UTF-8 bytes.
enum FNV1a {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    static func hash(_ text: String) -> UInt64 {
        var h = offsetBasis
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* prime
        }
        return h
    }
}
