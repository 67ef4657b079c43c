/// Keeps one article per text: copies with the same words (whitespace aside), as syndicated
/// wire stories are, become `duplicates` of the first one in reading order.
enum DuplicateDetector {
    struct Kept {
        var draft: ArticleDraft
        var duplicates: [DuplicateCopy]
    }

    static func merge(_ drafts: [ArticleDraft]) -> (kept: [Kept], warnings: [IngestionWarning]) {
        var kept: [Kept] = []
        var indexByText: [String: Int] = [:]
        var warnings: [IngestionWarning] = []
        for draft in drafts {
            let key = normalized(draft.text)
            if let k = indexByText[key] {
                let first = kept[k].draft
                kept[k].duplicates.append(DuplicateCopy(id: draft.id, outlet: draft.outlet, location: draft.location))
                warnings.append(IngestionWarning(file: draft.file, line: draft.line,
                                                 message: "same text as '\(first.id)' (\(first.location)); kept once, listed as its duplicate"))
            } else {
                indexByText[key] = kept.count
                kept.append(Kept(draft: draft, duplicates: []))
            }
        }
        return (kept, warnings)
    }

    static func normalized(_ text: String) -> String {
        Whitespace.squash(text)
    }
}
