/// Words that name no actor and no action, as data.
enum StopWords {
    /// Function words, auxiliaries, pronouns and vague adverbs (lower-case).
    static let all: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "yet", "so", "if", "then", "than", "that", "this", "these",
        "those", "there", "here", "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their",
        "theirs", "we", "us", "our", "ours", "i", "me", "my", "you", "your", "who", "whom", "whose", "which",
        "what", "when", "where", "why", "how", "while", "whereas", "although", "though", "because", "as", "at",
        "by", "for", "from", "in", "into", "of", "off", "on", "onto", "out", "over", "to", "up", "upon", "with",
        "within", "without", "about", "above", "across", "after", "against", "along", "amid", "amidst", "among",
        "around", "before", "behind", "below", "beneath", "beside", "between", "beyond", "despite", "down",
        "during", "except", "inside", "near", "outside", "past", "per", "since", "through", "throughout", "till",
        "toward", "towards", "under", "until", "via", "is", "are", "was", "were", "be", "been", "being", "am",
        "has", "have", "had", "having", "do", "does", "did", "doing", "will", "would", "shall", "should", "can",
        "could", "may", "might", "must", "ll", "s", "t", "d", "re", "ve", "not", "no", "also", "just", "only",
        "very", "too", "more", "most", "much", "many", "some", "any", "all", "both", "each", "every", "either",
        "neither", "other", "another", "such", "same", "own", "one", "two", "three", "first", "second", "last",
        "next", "new", "now", "already", "still", "even", "ever", "never", "again", "however", "meanwhile",
        "furthermore", "moreover", "therefore", "thus", "whether", "well", "including", "according", "around",
        "recently", "previously", "earlier", "later", "late", "early", "ago", "today", "yesterday", "tomorrow",
        "time", "times", "year", "years", "month", "months", "week", "weeks", "day", "days", "amid", "whole",
        "possible", "particular", "specific", "various", "several", "certain", "further", "like", "unlike",
        "mr", "mrs", "ms", "dr", "it's", "don", "mid", "way", "ongoing", "current", "currently", "pro", "amidst",
        "afterwards", "afterward", "separately", "instead", "overall", "elsewhere", "additionally", "nevertheless",
        "nonetheless", "indeed", "notably", "finally", "initially", "originally", "eventually", "subsequently",
    ]

    static func contains(_ word: String) -> Bool { all.contains(word) }
}
