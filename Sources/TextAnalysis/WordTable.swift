/// A read-only map from short words to ids, with open addressing and an FNV-1a hash over UTF-8:
/// cheaper per look-up than a `Dictionary<String, Int32>` for the one look-up every token needs.
///
/// The words' bytes are kept one after another in one array and each slot of the table is a plain value (where
/// its word's bytes are, its hash and its id), so a look-up counts no references; a slot's bytes are compared only
/// when its hash is the word's. The look-ups are `@inlinable`, so that the modules that use it (one look-up per
/// token) call no function for it.
package struct WordTable: Sendable {
    /// One slot of the table: a word (a run of `bytes`) with its hash and id; `count` 0 for an empty slot.
    @usableFromInline
    struct Entry: Sendable {
        @usableFromInline var hash: UInt32
        @usableFromInline var count: UInt32
        @usableFromInline var start: Int
        @usableFromInline var id: Int32

        @usableFromInline
        init(hash: UInt32, count: UInt32, start: Int, id: Int32) {
            self.hash = hash
            self.count = count
            self.start = start
            self.id = id
        }
    }

    @usableFromInline let entries: [Entry]
    @usableFromInline let bytes: [UInt8]
    @usableFromInline let mask: Int

    /// A table of `words`, each with its id.
    package init(_ words: [String: Int32]) {
        var size = 16
        while size < words.count * 4 { size <<= 1 }
        var entries = [Entry](repeating: Entry(hash: 0, count: 0, start: 0, id: -1), count: size)
        var bytes: [UInt8] = []
        for (word, id) in words where !word.isEmpty {
            let key = Array(word.utf8)
            let h = WordTable.hash(key)
            var slot = h & (size - 1)
            while entries[slot].count != 0 { slot = (slot + 1) & (size - 1) }
            entries[slot] = Entry(hash: UInt32(truncatingIfNeeded: h), count: UInt32(key.count), start: bytes.count, id: id)
            bytes.append(contentsOf: key)
        }
        self.entries = entries
        self.bytes = bytes
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
        word.utf8.withContiguousStorageIfAvailable { id(ofBytes: $0) } ?? Array(word.utf8).withUnsafeBufferPointer { id(ofBytes: $0) }
    }

    /// The id of the word spelled by `word` (UTF-8), -1 when absent.
    @inlinable
    package func id(ofBytes word: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard word.count > 0, word.count <= 40 else { return -1 }
        let h = WordTable.hash(word)
        let hash = UInt32(truncatingIfNeeded: h)
        var slot = h & mask
        return bytes.withUnsafeBufferPointer { bytes in
            while true {
                let entry = entries[slot]
                if entry.count == 0 { return -1 }
                // Different words rarely share all 32 bits of the hash, so the bytes are compared about once per hit.
                if entry.hash == hash && entry.count == word.count {
                    var k = 0
                    while k < word.count && bytes[entry.start + k] == word[k] { k += 1 }
                    if k == word.count { return entry.id }
                }
                slot = (slot + 1) & mask
            }
        }
    }
}
