import Foundation

/// Reads JSON Lines: one article per line, `{"id", "title", "outlet" (or "source"), "url",
/// "published", "language", "text"}`, only `text` required; blank lines skipped.
enum JSONLinesReader {
    static func read(_ content: String, file: String, stem: String) throws -> (drafts: [ArticleDraft], warnings: [IngestionWarning]) {
        var drafts: [ArticleDraft] = []
        var warnings: [IngestionWarning] = []
        for (k, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = k + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(trimmed.utf8))) as? [String: Any] else {
                throw IngestionError.at(.invalidData, file: file, line: number, "not a JSON object")
            }
            guard let text = object["text"] as? String else {
                throw IngestionError.at(.invalidData, file: file, line: number,
                                        object["text"] == nil ? "record has no \"text\" field" : "\"text\" is not a string")
            }
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                warnings.append(IngestionWarning(file: file, line: number, message: "empty \"text\"; record skipped"))
                continue
            }
            var draft = ArticleDraft(file: file, line: number, id: identifier(object["id"]) ?? "\(stem)-\(number)",
                                     text: TextDecoding.normalizeLineEnds(text))
            draft.title = string(object["title"])
            draft.outlet = string(object["outlet"]) ?? string(object["source"])
            draft.url = string(object["url"])
            draft.language = string(object["language"])
            if let published = string(object["published"]) {
                draft.stated = try StatedDate.parse(published, field: "published", source: .jsonField, file: file, line: number)
            } else if let value = object["published"], !(value is NSNull), !(value is String) {
                throw IngestionError.at(.invalidData, file: file, line: number, "'published' is not a date string: \(value) (expected \"YYYY-MM-DD\")")
            }
            drafts.append(draft)
        }
        return (drafts, warnings)
    }

    private static func string(_ value: Any?) -> String? {
        guard let s = value as? String else { return nil }
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }

    /// A string id as is, a whole-number id as its digits.
    private static func identifier(_ value: Any?) -> String? {
        if let s = string(value) { return s }
        if let n = value as? Int { return String(n) }
        return nil
    }
}
