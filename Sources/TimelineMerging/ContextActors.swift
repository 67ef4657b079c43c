import TimelineModel

/// Actors a sentence points back to: "he told reporters on Tuesday" names nobody, but the
/// sentence before said who spoke.
///
/// When an event's sentence holds one of `MergeVocabulary.anaphoricCues`, it borrows the actors
/// of the nearest earlier event of the same article that shares a known action concept (a
/// meeting for "the meeting"), else of the nearest earlier event that names anyone.
enum ContextActors {
    /// Features for each event (in canonical order: by source, then offset), with borrowed
    /// actors added. A donor's own borrowed actors pass on ("The meeting ..." then "Both leaders ...").
    static func features(_ events: [Event]) -> [EventFeatures] {
        var result = events.map { EventFeatures($0) }
        var start = 0
        while start < events.count {
            var end = start
            while end < events.count, events[end].citation.source == events[start].citation.source { end += 1 }
            for i in start..<end where pointsBack(events[i].citation.quote) {
                let earlier = (start..<i).reversed().filter { events[$0].citation.start < events[i].citation.start }
                let sameAction = earlier.first { j in
                    !result[j].actors.isEmpty && !result[j].knownActions.isDisjoint(with: result[i].knownActions)
                }
                if let donor = sameAction ?? earlier.first(where: { !result[$0].actors.isEmpty }) {
                    result[i] = EventFeatures(events[i], context: result[donor].actors)
                }
            }
            start = end
        }
        return result
    }

    static func pointsBack(_ sentence: String) -> Bool {
        let words = WordNormalizer.words(sentence)
        return MergeVocabulary.anaphoricCues.contains { cue in
            words.indices.contains { i in i + cue.count <= words.count && Array(words[i..<i + cue.count]) == cue }
        }
    }
}
