import TextAnalysis

/// Makes events from parts of one clause: picks the summary words, actors, action words, kind and citation.
struct ClauseUnit {
    let sentenceEvents: SentenceEvents
    let clause: Clause
    let places: [DatePlace]

    private var text: ArticleText { sentenceEvents.text }
    private var article: Article { sentenceEvents.article }
    private var sentence: Sentence { sentenceEvents.sentence }

    /// Article token indices of every time expression in the clause: never actors or action words.
    private var mentionTokens: Set<Int> {
        Set(places.flatMap { $0.range.map { clause.tokens[$0] } })
    }

    /// The places that date an event, without those that a finer place of the same list lies inside
    /// ("in July ... on July 23" keeps July 23) and without repeated values.
    func dating(_ candidates: [DatePlace]) -> [DatePlace] {
        let usable = candidates.filter { $0.role == .dates || $0.role == .sinceStart }
        var kept: [DatePlace] = []
        for p in usable {
            guard let interval = p.mention.value.interval else { continue }
            let hasFiner = usable.contains { q in
                guard let other = q.mention.value.interval, other != interval else { return false }
                return interval.contains(other)
            }
            if !hasFiner, !kept.contains(where: { $0.mention.value == p.mention.value }) { kept.append(p) }
        }
        return kept
    }

    /// One event per date for the clause positions `positions`, or one undated event when there is no date
    /// and the words name actors and an action (always when `keepUndated`). `kind` nil lets the cue words decide.
    func events(positions: [Int], dates: [DatePlace], cutDates: Bool, kind: EventKind?, keepUndated: Bool = false) -> [Event] {
        if dates.isEmpty {
            let mustNameActors = !keepUndated && kind != .denied && !EventKindClassifier.containsDenial(positions, clause, text)
            guard let e = event(positions: positions, date: nil, cutDate: false, kind: kind, mustNameActors: mustNameActors) else { return [] }
            return [e]
        }
        return dates.compactMap { event(positions: positions, date: $0, cutDate: cutDates, kind: kind) }
    }

    /// With `mustNameActors`, nil when the words name no actor (checked before the rest is built).
    private func event(positions: [Int], date: DatePlace?, cutDate: Bool, kind: EventKind?, mustNameActors: Bool = false) -> Event? {
        var tokens = positions.map { clause.tokens[$0] }
        var removing = Set<Int>()
        if let d = date {
            let expression = d.expressionPositions(in: clause, article: text)
            let opensUnit = positions.first(where: { text.isWord(clause.tokens[$0]) && !Summary.leadingWords.contains(text.tokens[clause.tokens[$0]].lower) }) == expression.lowerBound
            let followedByComma = expression.upperBound < clause.tokens.count && text.tokens[clause.tokens[expression.upperBound]].lower == ","
            if cutDate || (opensUnit && followedByComma) {
                removing.formUnion(expression.map { clause.tokens[$0] })
                if followedByComma && opensUnit { removing.insert(clause.tokens[expression.upperBound]) }
            }
        }
        var summaryTokens = tokens
        if clause.role == .relative, let first = clause.tokens.first,
           ClauseCues.subjectRelativeWords.contains(text.tokens[first].lower) {
            // "Russia — which saved ..." reads "Russia saved ..."; without a subject name the sentence says it.
            if clause.antecedent.isEmpty || positions.first != 0 {
                if sentenceEvents.tokenRange.count <= Summary.maximumSentenceTokens { summaryTokens = Array(sentenceEvents.tokenRange) }
            } else {
                summaryTokens = clause.antecedent + tokens.dropFirst()
                tokens = clause.antecedent + tokens
            }
        }
        let excluded = mentionTokens
        let isHeading = sentence.kind == .heading
        let (actors, names) = ActorFinder.found(in: tokens, article: text, excluding: excluded, isHeading: isHeading)
        if mustNameActors, actors.isEmpty { return nil }
        let summary = Summary.text(of: summaryTokens, removing: removing, article: text)
        let actions = ActionWords.words(in: tokens, article: text, excluding: excluded.union(names), isHeading: isHeading)
        guard !summary.isEmpty, !actions.isEmpty else { return nil }
        let resolvedKind = kind ?? EventKindClassifier.kind(of: positions, in: clause, article: text, date: date,
                                                          published: article.published)
        return Event(when: date?.mention.value, summary: summary, actors: actors, actionWords: actions,
                     kind: resolvedKind, citation: citation(date?.mention))
    }

    /// "the first meeting since March 2023": an event for the earlier meeting, dated then.
    func previousOccurrence(place: DatePlace, marker: Int) -> Event? {
        let sinceAt = text.tokens[clause.tokens[place.range.lowerBound]].lower == "since" ? place.range.lowerBound : place.range.lowerBound - 1
        guard marker < sinceAt else { return nil }
        var named = (marker + 1..<sinceAt).filter {
            let t = text.tokens[clause.tokens[$0]]
            return t.kind != .punctuation && !CueWords.previousOccurrenceFillers.contains(t.lower) || t.lower == "-" && t.isGlued
        }
        if named.isEmpty { named = nounPhrase(before: marker) }
        let nameTokens = named.map { clause.tokens[$0] }
        let name = Summary.text(of: nameTokens, article: text)
        guard !name.isEmpty else { return nil }
        let bare = String(name.dropLast())
        let opensWithName = nameTokens.first.map { text.tokens[$0].isCapitalized } ?? false
        // A clause reads as it stands under its date ("Putin and Assad met."); a bare noun says which one ("Previous talks.").
        let summary = opensWithName ? "\(bare)." : "Previous \(bare.prefix(1).lowercased() + bare.dropFirst())."
        let all = clause.tokens
        let excluded = mentionTokens
        let actors = ActorFinder.actors(in: all, article: text, excluding: excluded, isHeading: sentence.kind == .heading)
        var actions = ActionWords.words(in: nameTokens, article: text, excluding: excluded)
        if actions.isEmpty { actions = ActionWords.words(in: all, article: text, excluding: excluded) }
        return Event(when: place.mention.value, summary: summary, actors: actors, actionWords: actions,
                     kind: .occurred, citation: citation(place.mention))
    }

    /// "In the talks, the first since ..." names "talks": the words before ", the first", without
    /// prepositions, articles and possessives.
    private func nounPhrase(before marker: Int) -> [Int] {
        var p = marker - 1
        let lower = { (q: Int) in text.tokens[clause.tokens[q]].lower }
        while p >= 0, lower(p) == "the" || lower(p) == "," { p -= 1 }
        var phrase: [Int] = []
        while p >= 0, text.isWord(clause.tokens[p]) {
            phrase.insert(p, at: 0)
            p -= 1
        }
        while let first = phrase.first, StopWords.contains(lower(first)) { phrase.removeFirst() }
        return phrase
    }

    private func citation(_ mention: TemporalMention?) -> Citation {
        Citation(source: article.id, quote: sentence.text, start: sentence.start, end: sentence.end,
                 expression: mention?.text,
                 resolvedFrom: mention.map { Resolution(rule: $0.rule, anchor: $0.anchor, anchorKind: $0.anchorKind) })
    }
}
