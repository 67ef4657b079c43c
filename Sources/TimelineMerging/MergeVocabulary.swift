/// Word lists the merge uses to compare what two events say. Data, not code.
enum MergeVocabulary {
    /// Words that carry no content for comparing events.
    static let stopWords: Set<String> = [
        "a", "about", "after", "again", "against", "all", "also", "amid", "among", "an", "and", "any", "are", "as",
        "at", "be", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "during", "each", "earlier", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if",
        "in", "into", "is", "it", "its", "last", "late", "later", "may", "might", "more", "most", "much", "must",
        "no", "not", "now", "of", "on", "one", "only", "or", "other", "our", "over", "previously", "recently",
        "said", "says", "say", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their",
        "them", "then", "there", "these", "they", "this", "those", "through", "to", "today", "under", "until",
        "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "will",
        "with", "would", "year", "years", "month", "months", "week", "weeks", "day", "days", "yesterday",
        "tomorrow", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "ago", "next", "first", "time", "according",
    ]

    /// Titles and roles that precede names ("President Vladimir Putin"); dropped from actor names.
    static let titleWords: Set<String> = [
        "president", "prime", "minister", "leader", "spokesman", "spokesperson", "spokeswoman", "chancellor",
        "king", "queen", "general", "secretary", "foreign", "defense", "defence", "counterpart", "mr", "mrs",
        "ms", "dr", "chief", "executive", "ceo", "chairman", "senator", "governor", "the", "of", "al", "el",
        "bin", "ibn", "van", "von", "de", "der",
    ]

    /// Words (as `Stemmer` leaves them) that name the same kind of action, mapped to one concept;
    /// derived nouns ("intervention", "announcement") are listed with their verbs.
    static let actionConcepts: [String: String] = [
        "meet": "meet", "talk": "meet", "talks": "meet", "summit": "meet", "encounter": "meet", "visit": "meet",
        "hold": "meet", "host": "meet",
        "say": "say", "tell": "say", "state": "say", "stated": "say", "remark": "say", "comment": "say",
        "speak": "say", "announce": "say", "announcement": "say", "confirm": "say", "declare": "say",
        "deny": "deny", "denial": "deny", "refute": "deny", "reject": "deny",
        "intervene": "intervene", "intervention": "intervene", "invasion": "intervene", "campaign": "intervene", "operation": "intervene", "deploy": "intervene",
        "invade": "intervene", "offensive": "attack", "attack": "attack", "strike": "attack", "bomb": "attack",
        "invite": "invite", "invitation": "invite",
        "sever": "sever", "cut": "sever", "break": "sever",
        "launch": "launch", "release": "launch", "unveil": "launch", "introduce": "launch",
        "die": "die", "death": "die", "kill": "die",
        "sign": "sign", "agree": "sign", "agreement": "sign", "deal": "sign", "treaty": "sign",
        "elect": "elect", "election": "elect", "vote": "elect", "win": "elect",
        "arrest": "arrest", "detain": "arrest",
        "resign": "resign", "quit": "resign", "step": "resign",
        "sue": "sue", "lawsuit": "sue", "court": "sue",
        "sell": "sell", "sale": "sell", "buy": "sell",
    ]

    /// Phrases that point back to people or an event named earlier in the article ("he told
    /// reporters", "the meeting, held late Wednesday", "both leaders previously met").
    static let anaphoricCues: [[String]] = [
        ["he"], ["she"], ["they"], ["both", "leaders"], ["the", "two", "leaders"], ["the", "pair"],
        ["the", "meeting"], ["this", "meeting"], ["their", "meeting"], ["the", "talks"], ["the", "visit"],
        ["the", "summit"], ["the", "two", "sides"], ["both", "sides"],
    ]
}
