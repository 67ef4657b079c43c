/// Cuts a text into blocks that no sentence crosses: paragraphs, headings and lines that stand alone.
///
/// A blank line always ends a block, and so does a Markdown heading line. A single line break ends a
/// block too (news text keeps one paragraph or one title per line), unless the text plainly goes on:
/// the next line starts with a lower-case letter, or the line ends with a comma, semicolon or hyphen.
enum SentenceBlocks {
    static func blocks(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        var current: Range<Int>?
        var previousLine: Range<Int>?
        for line in lines(scalars) {
            let trimmed = SentenceScalars.trim(line, in: scalars)
            if trimmed.isEmpty {
                if let c = current { blocks.append(c) }
                current = nil
                previousLine = nil
                continue
            }
            let isHeading = scalars[trimmed.lowerBound] == "#"
            if let c = current, let prev = previousLine, !isHeading,
               continues(from: prev, to: trimmed, in: scalars), scalars[c.lowerBound] != "#" {
                current = c.lowerBound..<trimmed.upperBound
            } else {
                if let c = current { blocks.append(c) }
                current = trimmed
            }
            previousLine = trimmed
        }
        if let c = current { blocks.append(c) }
        return blocks
    }

    /// True when a line obviously runs on into the next one: it does not end a sentence, and the next line
    /// starts in lower case ("iPhone" does not count) or the line ends with a comma, semicolon or hyphen.
    private static func continues(from previous: Range<Int>, to next: Range<Int>, in s: [Unicode.Scalar]) -> Bool {
        guard var last = previous.last else { return false }
        if runOnEndings.contains(s[last]) { return true }
        while last > previous.lowerBound, SentenceScalars.closers.contains(s[last]) { last -= 1 }
        if SentenceScalars.terminals.contains(s[last]) { return false }
        return SentenceScalars.startsLowerCaseWord(at: next.lowerBound, in: s, before: next.upperBound)
    }

    private static let runOnEndings = ScalarSet([",", ";", "-"])

    /// Line ranges without their line-break characters; `\r\n` counts as one break.
    static func lines(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            if SentenceScalars.lineBreaks.contains(c) {
                result.append(start..<i)
                if c == "\r", i + 1 < s.count, s[i + 1] == "\n" { i += 1 }
                start = i + 1
            }
            i += 1
        }
        result.append(start..<s.count)
        return result
    }
}
