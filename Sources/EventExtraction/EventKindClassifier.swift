import TextAnalysis

/// Decides the kind of a clause's event from its cue words (`CueWords`, `ReportingCues`) and its date.
///
/// In order: a denial verb makes it `.denied`; a "since" date `.ongoing`; a plan cue ("would", "is due
/// to", "expected to") or a date after publication `.planned`; otherwise `.occurred`. Statements are
/// decided by the caller: they are the events of dated reporting frames.
enum EventKindClassifier {
    static func kind(of positions: [Int], in clause: Clause, article: ArticleText, date: DatePlace?, published: CalendarDate) -> EventKind {
        if containsDenial(positions, clause, article) { return .denied }
        if date?.role == .sinceStart { return .ongoing }
        if let start = date?.mention.value.interval?.start, start > published { return .planned }
        if containsPlanCue(positions, clause, article) { return .planned }
        return .occurred
    }

    static func containsDenial(_ positions: [Int], _ clause: Clause, _ article: ArticleText) -> Bool {
        for (n, p) in positions.enumerated() {
            let w = article.tokens[clause.tokens[p]].lower
            if ReportingCues.denialVerbs.contains(w) { return true }
            if ReportingCues.weakDenialVerbs.contains(w),
               positions[(n + 1)...].prefix(4).contains(where: { ReportingCues.reportNouns.contains(article.tokens[clause.tokens[$0]].lower) }) {
                return true
            }
        }
        return false
    }

    static func containsPlanCue(_ positions: [Int], _ clause: Clause, _ article: ArticleText) -> Bool {
        let tokens = positions.map { article.tokens[clause.tokens[$0]] }
        for (n, t) in tokens.enumerated() where t.kind == .word {
            if CueWords.plannedWords.contains(t.lower), !(t.lower == "may" && t.isCapitalized) { return true }
            for phrase in CueWords.plannedPhrases where phrase[0] == t.lower && n + phrase.count <= tokens.count {
                if phrase.indices.allSatisfy({ tokens[n + $0].lower == phrase[$0] }) { return true }
            }
        }
        return false
    }
}
