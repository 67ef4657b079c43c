/// Splits a text into tokens once, in one pass over its UTF-8 bytes.
///
/// Letters and digits that touch form one token ("1990s", "25th"); every other visible scalar is a
/// punctuation token of its own; white space only sets flags on the next token.
public enum Tokenizer {
    /// All tokens of `text`, in order.
    public static func tokenize(_ text: some StringProtocol) -> [Token] {
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ tokenize(bytes: $0) }) {
            return tokens
        }
        var copy = String(text)
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { tokenize(bytes: $0) } ?? []
    }

    @inline(__always)
    private static func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    }

    /// One-character strings for the ASCII bytes.
    private static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Tokenizes valid UTF-8.
    static func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        // News text has about one token per five bytes; a little more room saves growing the array.
        tokens.reserveCapacity(bytes.count / 4 + 16)
        var scalarOffset = 0
        var pendingFlags: Token.Flags = .spaceBefore
        // The word being built.
        var wordStart = -1
        var wordUTF8Start = 0
        var wordHasLetter = false
        var wordHasNonASCII = false
        var wordFlags: Token.Flags = []
        var upperCount = 0
        var lowerCount = 0
        var wordBytes: [UInt8] = []
        wordBytes.reserveCapacity(32)

        /// Opens a word at byte `utf8Start`, taking the flags the white space before it set.
        func startWord(at utf8Start: Int, capitalized: Bool) {
            wordStart = scalarOffset
            wordUTF8Start = utf8Start
            wordHasLetter = false
            wordHasNonASCII = false
            upperCount = 0
            lowerCount = 0
            wordFlags = pendingFlags
            pendingFlags = []
            if capitalized { wordFlags.insert(.capitalized) }
        }

        func finishWord(at end: Int, utf8End: Int) {
            guard wordStart >= 0 else { return }
            var flags = wordFlags
            if upperCount >= 2 && lowerCount == 0 { flags.insert(.allCaps) }
            let raw = UnsafeBufferPointer(rebasing: bytes[wordUTF8Start..<utf8End])
            let lower: String
            if wordHasNonASCII {
                lower = String(decoding: raw, as: UTF8.self).lowercased()
            } else if upperCount == 0 {
                // Already lower case: no copy to fold.
                lower = String(decoding: raw, as: UTF8.self)
            } else {
                wordBytes.removeAll(keepingCapacity: true)
                for b in raw { wordBytes.append(b >= 65 && b <= 90 ? b + 32 : b) }
                lower = String(decoding: wordBytes, as: UTF8.self)
            }
            tokens.append(Token(kind: wordHasLetter ? .word : .number, flags: flags, start: wordStart, end: end,
                                utf8Start: wordUTF8Start, utf8End: utf8End, lower: lower))
            wordStart = -1
        }

        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 && isASCIILetterOrDigit(b) {
                // A run of ASCII letters and digits, the bulk of most text, in a tight loop.
                if wordStart < 0 { startWord(at: i, capitalized: b >= 65 && b <= 90) }
                var j = i
                while j < n {
                    let c = bytes[j]
                    if c >= 65 && c <= 90 {
                        upperCount += 1
                        wordHasLetter = true
                    } else if c >= 97 && c <= 122 {
                        lowerCount += 1
                        wordHasLetter = true
                    } else if c < 48 || c > 57 {
                        break
                    }
                    j += 1
                }
                scalarOffset += j - i
                i = j
                continue
            }
            var v = UInt32(b)
            var width = 1
            if b >= 0x80 {
                // Decode one multi-byte scalar (invalid bytes count as one replacement scalar each).
                let need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                if need > 1, i + need <= n, (1..<need).allSatisfy({ bytes[i + $0] & 0xC0 == 0x80 }) {
                    v = UInt32(b) & (need == 2 ? 0x1F : need == 3 ? 0x0F : 0x07)
                    for k in 1..<need { v = (v << 6) | UInt32(bytes[i + k] & 0x3F) }
                    width = need
                } else {
                    v = 0xFFFD
                }
            }
            let isDigit = v >= 48 && v <= 57
            let isUpperASCII = v >= 65 && v <= 90
            let isLowerASCII = v >= 97 && v <= 122
            let scalar = v >= 0x80 ? Unicode.Scalar(v) : nil
            let isLetter = isUpperASCII || isLowerASCII || (scalar?.properties.isAlphabetic ?? false)
            if isDigit || isLetter {
                if wordStart < 0 { startWord(at: i, capitalized: isUpperASCII || (scalar?.properties.isUppercase ?? false)) }
                if isLetter {
                    wordHasLetter = true
                    if isUpperASCII {
                        upperCount += 1
                    } else if isLowerASCII {
                        lowerCount += 1
                    } else {
                        wordHasNonASCII = true
                        if scalar?.properties.isUppercase ?? false { upperCount += 1 } else { lowerCount += 1 }
                    }
                }
            } else {
                finishWord(at: scalarOffset, utf8End: i)
                if v == 10 || v == 13 || v == 0x2028 || v == 0x2029 {
                    pendingFlags.insert([.spaceBefore, .lineBreakBefore])
                } else if v == 32 || v == 9 || v == 11 || v == 12 || v == 0xA0 || (scalar?.properties.isWhitespace ?? false) {
                    pendingFlags.insert(.spaceBefore)
                } else if v < 32 || v == 0x7F {
                    // Other control characters separate like white space.
                    pendingFlags.insert(.spaceBefore)
                } else {
                    let lower: String
                    if let scalar {
                        lower = String(scalar).lowercased()
                    } else {
                        lower = asciiStrings[Int(b)]
                    }
                    tokens.append(Token(kind: .punctuation, flags: pendingFlags, start: scalarOffset, end: scalarOffset + 1,
                                        utf8Start: i, utf8End: i + width, lower: lower))
                    pendingFlags = []
                }
            }
            scalarOffset += 1
            i += width
        }
        finishWord(at: scalarOffset, utf8End: n)
        return tokens
    }
}
