/// Words written with a period that do not, or do not always, end a sentence.
///
/// All entries are lower-cased and written without their final period.
enum SentenceAbbreviations {
    /// Titles and abbreviations that are always followed by more of the same sentence ("Mr. Putin", "St. Petersburg").
    static let neverFinal: Set<String> = [
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gen", "col", "lt", "maj", "brig", "sgt", "cpl", "pvt",
        "capt", "cmdr", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "st", "mt", "ft", "fr",
        "e.g", "i.e", "cf", "vs", "approx", "nos", "vol", "pp", "art",
    ]

    /// Abbreviations that do not end a sentence when a number follows ("Jan. 5", "No. 10").
    static let beforeNumbers: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "p",
    ]

    /// Abbreviations that may end a sentence: they do only when a typical sentence opener follows
    /// ("in the U.S. The talks ...", but "U.S. President ...", "10 a.m. Moscow time").
    static let ambiguous: Set<String> = [
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "etc", "jr", "sr", "a.m", "p.m", "u.s", "u.n", "u.k", "e.u",
    ]

    /// Capitalized words that typically open a sentence, used after an ambiguous abbreviation.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
        "his", "her", "its", "their", "our", "but", "and", "or", "so", "yet", "however", "meanwhile", "still",
        "also", "then", "in", "on", "at", "after", "before", "while", "when", "since", "as", "if", "although",
        "earlier", "later", "last", "some", "many", "most", "officials", "both",
    ]
}
