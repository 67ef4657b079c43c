/// Splits a text into tokens once, in one pass over its Unicode scalars.
///
/// Letters and digits that touch form one token ("1990s", "25th"); every other visible scalar is a
/// punctuation token of its own; white space only sets flags on the next token.
public enum Tokenizer {
    /// All tokens of `text`, in order.
    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5 + 1)
        var scalarOffset = 0
        var utf8Offset = 0
        var pendingFlags: Token.Flags = .spaceBefore
        // The word being built.
        var wordStart = -1
        var wordUTF8Start = 0
        var wordBytes: [UInt8] = []
        var wordHasLetter = false
        var wordHasNonASCII = false
        var wordFlags: Token.Flags = []
        var upperCount = 0
        var lowerCount = 0

        func finishWord(at end: Int, utf8End: Int) {
            guard wordStart >= 0 else { return }
            var flags = wordFlags
            if upperCount >= 2 && lowerCount == 0 { flags.insert(.allCaps) }
            let lower: String
            if wordHasNonASCII {
                lower = String(decoding: wordBytes, as: UTF8.self).lowercased()
            } else {
                lower = String(decoding: wordBytes, as: UTF8.self)
            }
            tokens.append(Token(kind: wordHasLetter ? .word : .number, flags: flags, start: wordStart, end: end,
                                utf8Start: wordUTF8Start, utf8End: utf8End, lower: lower))
            wordStart = -1
            wordBytes.removeAll(keepingCapacity: true)
        }

        for scalar in text.unicodeScalars {
            let v = scalar.value
            let width = v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            let isDigit = v >= 48 && v <= 57
            let isUpperASCII = v >= 65 && v <= 90
            let isLowerASCII = v >= 97 && v <= 122
            let isLetter = isUpperASCII || isLowerASCII || (v >= 0x80 && scalar.properties.isAlphabetic)
            if isDigit || isLetter {
                if wordStart < 0 {
                    wordStart = scalarOffset
                    wordUTF8Start = utf8Offset
                    wordHasLetter = false
                    wordHasNonASCII = false
                    upperCount = 0
                    lowerCount = 0
                    wordFlags = pendingFlags
                    pendingFlags = []
                    if isUpperASCII || (v >= 0x80 && scalar.properties.isUppercase) { wordFlags.insert(.capitalized) }
                }
                if isLetter {
                    wordHasLetter = true
                    if isUpperASCII {
                        upperCount += 1
                        wordBytes.append(UInt8(v + 32))
                    } else if isLowerASCII {
                        lowerCount += 1
                        wordBytes.append(UInt8(v))
                    } else {
                        wordHasNonASCII = true
                        if scalar.properties.isUppercase { upperCount += 1 } else { lowerCount += 1 }
                        wordBytes.append(contentsOf: String(scalar).utf8)
                    }
                } else {
                    wordBytes.append(UInt8(v))
                }
            } else {
                finishWord(at: scalarOffset, utf8End: utf8Offset)
                if v == 10 || v == 13 || v == 0x2028 || v == 0x2029 {
                    pendingFlags.insert([.spaceBefore, .lineBreakBefore])
                } else if v == 32 || v == 9 || v == 11 || v == 12 || v == 0xA0 || (v >= 0x80 && scalar.properties.isWhitespace) {
                    pendingFlags.insert(.spaceBefore)
                } else if v < 32 || v == 0x7F {
                    // Other control characters separate like white space.
                    pendingFlags.insert(.spaceBefore)
                } else {
                    let lower = v < 0x80 ? String(Character(scalar)) : String(scalar).lowercased()
                    tokens.append(Token(kind: .punctuation, flags: pendingFlags, start: scalarOffset, end: scalarOffset + 1,
                                        utf8Start: utf8Offset, utf8End: utf8Offset + width, lower: lower))
                    pendingFlags = []
                }
            }
            scalarOffset += 1
            utf8Offset += width
        }
        finishWord(at: scalarOffset, utf8End: utf8Offset)
        return tokens
    }
}
