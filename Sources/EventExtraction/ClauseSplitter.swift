import TextAnalysis

/// One clause of a sentence: its tokens (article token indices, in order, possibly with a gap where a
/// parenthetical clause was taken out) and how it hangs on the rest.
struct Clause {
    enum Role { case main, conjoined, relative, subordinate }
    var tokens: [Int]
    var role: Role
    /// For a relative clause opened by "which"/"who": the name just before it ("Russia — which ...").
    var antecedent: [Int] = []
}

/// Splits a sentence into clauses at `;`, at a comma before a coordinator or relative word, around a
/// relative clause set off by dashes, and after an opening "While ..., ". Lists ("Russia, Turkey, and
/// Syria") are not split. The cue words are `ClauseCues`.
enum ClauseSplitter {
    static func clauses(of range: Range<Int>, in article: ArticleText) -> [Clause] {
        let tokens = article.tokens
        var result: [Clause] = []
        var current = Clause(tokens: [], role: .main)
        var wordsSinceComma = 0
        var inSubordinate = false
        var i = range.lowerBound

        func close(startingNew role: Clause.Role, antecedent: [Int] = []) {
            if current.tokens.contains(where: article.isWord) { result.append(current) }
            current = Clause(tokens: [], role: role, antecedent: antecedent)
            wordsSinceComma = 0
        }

        if let first = range.first(where: article.isWord), ClauseCues.leadingSubordinators.contains(tokens[first].lower) {
            inSubordinate = true
            current.role = .subordinate
        }
        while i < range.upperBound {
            let t = tokens[i]
            let next = nextWord(after: i, in: range, article)
            if ClauseCues.hardBreaks.contains(t.lower) {
                close(startingNew: .conjoined)
                inSubordinate = false
                i += 1
                continue
            }
            if t.lower == "," {
                if inSubordinate {
                    inSubordinate = false
                    close(startingNew: .main)
                    i += 1
                    continue
                }
                if let n = next, ClauseCues.relativeWords.contains(tokens[n].lower) {
                    var antecedent = nameBefore(i, in: range, article)
                    // Right after a short subject, the relative clause is set off by commas and the main
                    // clause goes on after it: "The general, who was dismissed in January, said ...".
                    if current.tokens.lazy.filter(article.isWord).prefix(ClauseCues.subjectMaximumWords + 1).count <= ClauseCues.subjectMaximumWords,
                       let comma = (i + 1..<range.upperBound).first(where: { tokens[$0].lower == "," }) {
                        // The short subject itself stands in for "who"/"which": "The general ... was dismissed".
                        if antecedent.isEmpty { antecedent = current.tokens.filter { tokens[$0].lower != "," } }
                        result.append(Clause(tokens: Array(i + 1..<comma), role: .relative, antecedent: antecedent))
                        i = comma + 1
                        continue
                    }
                    close(startingNew: .relative, antecedent: antecedent)
                    i += 1
                    continue
                }
                if let n = next, ClauseCues.coordinators.contains(tokens[n].lower),
                   !(ClauseCues.listCoordinators.contains(tokens[n].lower) && wordsSinceComma <= ClauseCues.listItemMaximumWords) {
                    close(startingNew: .conjoined)
                    i += 1
                    continue
                }
                wordsSinceComma = 0
                current.tokens.append(i)
                i += 1
                continue
            }
            if isSetOffDash(i, in: range, article), let n = next, ClauseCues.relativeWords.contains(tokens[n].lower) {
                // A parenthetical relative clause: up to the closing dash, then the enclosing clause goes on.
                var j = i + 1
                var inner: [Int] = []
                while j < range.upperBound, !isSetOffDash(j, in: range, article) {
                    inner.append(j)
                    j += 1
                }
                result.append(Clause(tokens: inner, role: .relative, antecedent: nameBefore(i, in: range, article)))
                i = j + 1
                continue
            }
            // "he bought Pixar which was acquired by Disney": a relative clause right after a name, without a comma.
            if ClauseCues.subjectRelativeWords.contains(t.lower), i > range.lowerBound, tokens[i - 1].kind == .word,
               tokens[i - 1].isCapitalized, !article.openingTokens.contains(i - 1) {
                close(startingNew: .relative, antecedent: nameBefore(i, in: range, article, asSubjectOnly: false))
                current.tokens.append(i)
                wordsSinceComma = 1
                i += 1
                continue
            }
            if article.isWord(i) { wordsSinceComma += 1 }
            current.tokens.append(i)
            i += 1
        }
        close(startingNew: .main)
        return result
    }

    private static func nextWord(after i: Int, in range: Range<Int>, _ article: ArticleText) -> Int? {
        var j = i + 1
        while j < range.upperBound {
            if article.isWord(j) { return j }
            j += 1
        }
        return nil
    }

    /// An em or en dash, or a hyphen with space on both sides.
    static func isSetOffDash(_ i: Int, in range: Range<Int>, _ article: ArticleText) -> Bool {
        let t = article.tokens[i]
        guard ClauseCues.dashes.contains(t.lower) else { return false }
        if t.lower != "-" { return true }
        return !t.isGlued && (i + 1 >= range.upperBound || !article.tokens[i + 1].isGlued)
    }

    /// The capitalized name that ends just before token `i` ("Russia" in "Russia, which ..."); empty if none,
    /// or when `asSubjectOnly` and the name is not the subject of its clause.
    static func nameBefore(_ i: Int, in range: Range<Int>, _ article: ArticleText, asSubjectOnly: Bool = true) -> [Int] {
        var j = i - 1
        var name: [Int] = []
        while j >= range.lowerBound, name.count < 8 {
            let t = article.tokens[j]
            if t.kind == .word, t.isCapitalized {
                name.insert(j, at: 0)
            } else if t.kind == .punctuation, t.isGlued, t.lower == "-" || t.lower == "'" || t.lower == "\u{2019}",
                      j + 1 < range.upperBound, article.tokens[j + 1].isGlued {
                name.insert(j, at: 0)
            } else {
                break
            }
            j -= 1
        }
        while let first = name.first, article.tokens[first].kind == .punctuation { name.removeFirst() }
        // Only a name standing as a subject can stand in for "which"/"who" ("when Russia — which ...",
        // not "a crackdown in Syria, which ...").
        guard let first = name.first else { return [] }
        if !asSubjectOnly { return name }
        var before = first - 1
        while before >= range.lowerBound, ClauseCues.openingQuotes.contains(article.tokens[before].lower) { before -= 1 }
        let opener = before < range.lowerBound ? "" : article.tokens[before].lower
        if before < range.lowerBound || subjectOpeners.contains(opener) || ReportingCues.verbs.contains(opener) { return name }
        return []
    }

    /// Words after which a name is the subject of what follows.
    static let subjectOpeners: Set<String> = [
        ",", ";", "when", "while", "and", "but", "as", "after", "before", "because", "if", "that", "where",
        "although", "though", "whereas", "since", "until", "once",
    ]
}
