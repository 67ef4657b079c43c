import TextAnalysis

/// A rule's token pattern, parsed from text such as `<in|since> {monthName} {year}?`.
///
/// Syntax: elements are separated by spaces; `{name}` is a `Slot`; `a|b` are alternatives (each may be several
/// touching tokens: `year-ago|year-earlier`);
/// a glued `?` makes the element before it optional; elements written without a space between them
/// must touch in the text too (`{integer}/{integer}`); a leading `<a|b>` is context: the word
/// before the match must be one of these, and it stays outside the match.
struct Pattern: Hashable, Sendable {
    enum Element: Hashable, Sendable {
        case words(Set<String>)
        /// Alternatives of several touching tokens each.
        case sequences([[String]])
        case slot(Slot)
    }

    struct Step: Hashable, Sendable {
        var element: Element
        var optional: Bool
        /// The matched token must touch the one before it.
        var glued: Bool
    }

    let source: String
    private(set) var steps: [Step] = []
    /// Words one of which must come just before the match.
    private(set) var context: Set<String>?
    /// What is wrong with `source`, empty when it parsed.
    private(set) var errors: [String] = []

    private static let slotsByName: [String: Slot] = Dictionary(
        uniqueKeysWithValues: Slot.allCases.map { ($0.rawValue.lowercased(), $0) })

    init(_ source: String) {
        self.source = source
        let tokens = Tokenizer.tokenize(source)
        var i = 0
        if tokens.first?.lower == "<" {
            var words = Set<String>()
            i = 1
            while i < tokens.count && tokens[i].lower != ">" {
                if tokens[i].lower != "|" { words.insert(tokens[i].lower) }
                i += 1
            }
            if i >= tokens.count { errors.append("unclosed <") }
            context = words
            i += 1
        }
        var first = true
        while i < tokens.count {
            let t = tokens[i]
            let glued = !first && t.isGlued
            first = false
            var element: Element
            if t.lower == "{" {
                guard let name = tokens.at(i + 1), let slot = Pattern.slotsByName[name.lower],
                      tokens.at(i + 2)?.lower == "}" else {
                    errors.append("bad slot at token \(i)")
                    return
                }
                element = .slot(slot)
                i += 3
            } else {
                // A run of touching tokens: alternatives split by "|", each one or more tokens ("year-ago|year-earlier").
                var run: [Token] = [t]
                var j = i + 1
                while j < tokens.count, tokens[j].isGlued, tokens[j].lower != "{", tokens[j].lower != "?" {
                    run.append(tokens[j])
                    j += 1
                }
                i = j
                var alternatives: [[String]] = [[]]
                for token in run {
                    if token.lower == "|" { alternatives.append([]) } else { alternatives[alternatives.count - 1].append(token.lower) }
                }
                alternatives.removeAll { $0.isEmpty }
                if alternatives.isEmpty {
                    errors.append("empty alternative at token \(i)")
                    return
                }
                if alternatives.allSatisfy({ $0.count == 1 }) {
                    element = .words(Set(alternatives.map { $0[0] }))
                } else {
                    element = .sequences(alternatives)
                }
            }
            var optional = false
            if i < tokens.count, tokens[i].lower == "?", tokens[i].isGlued {
                optional = true
                i += 1
            }
            steps.append(Step(element: element, optional: optional, glued: glued))
        }
        if steps.isEmpty { errors.append("empty pattern") }
        if steps.allSatisfy(\.optional) { errors.append("every element is optional") }
    }

    /// Every way the pattern can match from token `i`: the end index and the captures, longest first.
    func matches(_ tokens: [Token], at i: Int) -> [(end: Int, captures: Captures)] {
        if let context {
            guard i > 0, context.contains(tokens[i - 1].lower) else { return [] }
        }
        var results: [(end: Int, captures: Captures)] = []
        extend(tokens, step: 0, position: i, start: i, previousMatched: false, captures: Captures(), into: &results)
        return results.sorted { $0.end > $1.end }
    }

    /// `previousMatched`: the step before consumed tokens (a glued step after a skipped optional one need not touch).
    private func extend(_ tokens: [Token], step s: Int, position: Int, start: Int, previousMatched: Bool, captures: Captures,
                        into results: inout [(end: Int, captures: Captures)]) {
        if s == steps.count {
            if position > start { results.append((position, captures)) }
            return
        }
        let step = steps[s]
        if position < tokens.count, !(step.glued && previousMatched && position > start && !tokens[position].isGlued) {
            var c = captures
            if let next = Pattern.match(step.element, tokens, position, into: &c) {
                extend(tokens, step: s + 1, position: next, start: start, previousMatched: true, captures: c, into: &results)
            }
        }
        if step.optional {
            extend(tokens, step: s + 1, position: position, start: start, previousMatched: false, captures: captures, into: &results)
        }
    }

    private static func match(_ element: Element, _ tokens: [Token], _ i: Int, into c: inout Captures) -> Int? {
        switch element {
        case .words(let words):
            return words.contains(tokens[i].lower) ? i + 1 : nil
        case .sequences(let alternatives):
            var best: Int?
            for alternative in alternatives where i + alternative.count <= tokens.count {
                var ok = true
                for (k, word) in alternative.enumerated() where tokens[i + k].lower != word || (k > 0 && !tokens[i + k].isGlued) {
                    ok = false
                    break
                }
                if ok, alternative.count > (best.map { $0 - i } ?? 0) { best = i + alternative.count }
            }
            return best
        case .slot(let slot):
            return slot.match(tokens, i, into: &c)
        }
    }

    /// What the first token of a match can be: literal words and slots (several when leading steps are optional).
    var firstKeys: (words: Set<String>, slots: Set<Slot>) {
        var words = Set<String>()
        var slots = Set<Slot>()
        for step in steps {
            switch step.element {
            case .words(let w): words.formUnion(w)
            case .sequences(let alternatives): words.formUnion(alternatives.compactMap(\.first))
            case .slot(let s): slots.insert(s)
            }
            if !step.optional { break }
        }
        return (words, slots)
    }
}
