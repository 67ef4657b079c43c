import Foundation

/// A `sources.json` beside the articles: `{"story", "note", "articles": [{"file", "published",
/// "title", "outlet", "url", "id"}]}`. What it says about a file overrides what the file says.
struct Manifest {
    static let fileName = "sources.json"

    struct Entry {
        /// The file's path: the manifest's folder joined with its `file`.
        var path: String
        var published: DateCandidate?
        var title: String?
        var outlet: String?
        var url: String?
        var id: String?
    }

    /// The manifest's path as given.
    var path: String
    var story: String?
    var entries: [Entry]

    /// Reads the manifest at `path`; throws when it is not valid JSON, an entry lacks `file`,
    /// a date is bad, or a named file does not exist.
    init(contentsOf path: String, data: Data) throws {
        self.path = path
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw IngestionError.at(.invalidData, file: path, "not a valid manifest: expected a JSON object with \"articles\"")
        }
        guard let articles = root["articles"] as? [Any] else {
            throw IngestionError.at(.invalidData, file: path, "manifest has no \"articles\" array")
        }
        story = root["story"] as? String
        let folder = (path as NSString).deletingLastPathComponent
        entries = try articles.enumerated().map { k, item in
            guard let fields = item as? [String: Any], let file = Self.string(fields["file"]) else {
                throw IngestionError.at(.invalidData, file: path, "article \(k + 1) has no \"file\"")
            }
            let filePath = folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: filePath) else {
                throw IngestionError.at(.missing, file: path, "names '\(file)', which does not exist (\(filePath))")
            }
            var entry = Entry(path: filePath)
            if let published = Self.string(fields["published"]) {
                var date = try StatedDate.parse(published, field: "published of \(file)", source: .manifest, file: path, line: nil)
                date.evidence = "\(Self.fileName): \(published)"
                entry.published = date
            }
            entry.title = Self.string(fields["title"])
            entry.outlet = Self.string(fields["outlet"]) ?? Self.string(fields["source"])
            entry.url = Self.string(fields["url"])
            entry.id = Self.string(fields["id"])
            return entry
        }
    }

    private static func string(_ value: Any?) -> String? {
        guard let s = value as? String else { return nil }
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }

    /// Puts what the manifest says into a draft read from one of its files.
    static func apply(_ entry: Entry, to draft: inout ArticleDraft, singleArticle: Bool) {
        if let published = entry.published { draft.stated = published }
        if let title = entry.title { draft.title = title }
        if let outlet = entry.outlet { draft.outlet = outlet }
        if let url = entry.url { draft.url = url }
        if let id = entry.id, singleArticle { draft.id = id }
    }
}
