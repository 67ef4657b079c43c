import Foundation

/// The `key: value` lines between `---` lines at the top of a Markdown file.
struct FrontMatter {
    struct Field: Equatable {
        var value: String
        /// 1-based line number in the file.
        var line: Int
    }

    /// Lower-cased keys; the first occurrence of a key wins.
    var fields: [String: Field] = [:]
    /// The text after the closing line (the whole text when there is no front matter).
    var body: String

    static let fence = "---"
    static let alternativeClosing = "..."

    /// Splits front matter from the body; throws when an opening `---` is never closed.
    init(parsing text: String, file: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == Self.fence else {
            body = text
            return
        }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: {
            let t = $0.trimmingCharacters(in: .whitespaces)
            return t == Self.fence || t == Self.alternativeClosing
        }) else {
            throw IngestionError.at(.invalidData, file: file, line: 1,
                                    "front matter opened with '---' is never closed (add a '---' line after the fields)")
        }
        for (k, line) in lines[..<close].enumerated() {
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("#") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = Self.unquote(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            if !key.isEmpty, fields[key] == nil { fields[key] = Field(value: value, line: k + 2) }
        }
        body = lines[(close + 1)...].joined(separator: "\n")
    }

    /// The value of the first of `keys` that is present and not empty.
    func value(_ keys: String...) -> Field? {
        keys.lazy.compactMap { fields[$0] }.first { !$0.value.isEmpty }
    }

    private static func unquote(_ s: String) -> String {
        guard s.count >= 2, let f = s.first, f == s.last, f == "\"" || f == "'" else { return s }
        return String(s.dropFirst().dropLast())
    }
}
