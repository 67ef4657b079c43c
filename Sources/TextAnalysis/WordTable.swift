/// A read-only map from short words to ids, with open addressing and an FNV-1a hash over UTF-8:
/// cheaper per look-up than a `Dictionary<String, Int32>` for the one look-up every token needs.
///
/// The look-ups are `@inlinable`, so that the modules that use it (one look-up per token) call no function for it.
package struct WordTable: Sendable {
    @usableFromInline let keys: [[UInt8]]
    @usableFromInline let values: [Int32]
    @usableFromInline let mask: Int

    /// A table of `words`, each with its id.
    package init(_ words: [String: Int32]) {
        var size = 16
        while size < words.count * 4 { size <<= 1 }
        var keys = [[UInt8]](repeating: [], count: size)
        var values = [Int32](repeating: -1, count: size)
        for (word, id) in words where !word.isEmpty {
            let bytes = Array(word.utf8)
            var slot = WordTable.hash(bytes) & (size - 1)
            while !keys[slot].isEmpty { slot = (slot + 1) & (size - 1) }
            keys[slot] = bytes
            values[slot] = id
        }
        self.keys = keys
        self.values = values
        mask = size - 1
    }

    /// A table of `words`, numbered in the order given (the first is 0).
    package init(numbering words: [String]) {
        var ids: [String: Int32] = [:]
        for (n, w) in words.enumerated() where ids[w] == nil { ids[w] = Int32(n) }
        self.init(ids)
    }

    @inlinable
    static func hash(_ bytes: some Sequence<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The id of `word`, -1 when absent.
    @inlinable
    package func id(of word: String) -> Int32 {
        // Native and small strings always give their bytes without a copy to the heap.
        word.utf8.withContiguousStorageIfAvailable { id(ofBytes: $0) } ?? id(ofBytes: Array(word.utf8))
    }

    /// The id of the word spelled by `bytes` (UTF-8), -1 when absent.
    @inlinable
    package func id(ofBytes bytes: some Collection<UInt8>) -> Int32 {
        guard bytes.count > 0, bytes.count <= 40 else { return -1 }
        var slot = WordTable.hash(bytes) & mask
        while true {
            let key = keys[slot]
            if key.isEmpty { return -1 }
            if key.count == bytes.count && key.elementsEqual(bytes) { return values[slot] }
            slot = (slot + 1) & mask
        }
    }
}
