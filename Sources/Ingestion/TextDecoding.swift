import Foundation

/// Turns a file's bytes into text: UTF-8 (with or without a byte order mark), UTF-16 with a
/// byte order mark, and Windows-1252 for anything that is not valid UTF-8.
enum TextDecoding {
    enum Result: Equatable {
        /// The text, with line ends made `\n`, and a warning when the encoding was guessed.
        case text(String, warning: String?)
        /// Not text at all: the reason the file is skipped.
        case binary(String)
    }

    static func decode(_ data: Data) -> Result {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
                return .binary("not valid UTF-16 text")
            }
            return .text(normalizeLineEnds(text), warning: nil)
        }
        if bytes.contains(0) { return .binary("contains NUL bytes: not a text file") }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let text = String(decoding: body, as: UTF8.self)
        if text.utf8.elementsEqual(body) {
            return .text(normalizeLineEnds(text), warning: nil)
        }
        return .text(normalizeLineEnds(windows1252(body)), warning: "not valid UTF-8; read as Windows-1252")
    }

    /// Windows-1252: Latin-1 except for 0x80...0x9F, where it has typographic marks.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = high[Int(byte) - 0x80], let scalar = Unicode.Scalar(mapped) {
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// 0x80...0x9F in Windows-1252; nil where the code page leaves the byte undefined (kept as the C1 control).
    private static let high: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    static func normalizeLineEnds(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
