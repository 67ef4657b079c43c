import TextAnalysis

/// A rule's token pattern, parsed from text such as `<in|since> {monthName} {year}?`.
///
/// Syntax: elements are separated by spaces; `{name}` is a `Slot`; `a|b` are alternatives (each may be several
/// touching tokens: `year-ago|year-earlier`);
/// a glued `?` makes the element before it optional; elements written without a space between them
/// must touch in the text too (`{integer}/{integer}`); a leading `<a|b>` is context: the word
/// before the match must be one of these, and it stays outside the match; a trailing `<a|b>` likewise names the
/// word that must follow the match.
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
    /// Words one of which must come just after the match.
    private(set) var followedBy: Set<String>?
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
            if t.lower == "<" && !first {
                var words = Set<String>()
                i += 1
                while i < tokens.count && tokens[i].lower != ">" {
                    if tokens[i].lower != "|" { words.insert(tokens[i].lower) }
                    i += 1
                }
                if i + 1 != tokens.count { errors.append("a trailing <...> must end the pattern") }
                followedBy = words
                break
            }
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
