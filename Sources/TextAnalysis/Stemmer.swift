/// A light English stemmer for comparing content words: irregular forms from a table, else plural
/// and verb endings removed with their spelling changes undone ("planned" → plan, "stated" → state,
/// "meetings" → meet, "held" → hold). Not a linguistic lemmatizer: it only has to map the forms of
/// one word together.
public enum Stemmer {
    /// Irregular forms mapped to their base word.
    static let irregular: [String: String] = [
        "met": "meet", "meets": "meet", "meeting": "meet", "meetings": "meet", "held": "hold", "told": "tell",
        "said": "say", "says": "say", "spoke": "speak", "spoken": "speak", "went": "go", "gone": "go",
        "came": "come", "began": "begin", "begun": "begin", "took": "take", "taken": "take", "gave": "give",
        "given": "give", "made": "make", "sought": "seek", "brought": "bring", "bought": "buy", "sold": "sell",
        "won": "win", "lost": "lose", "left": "leave", "fell": "fall", "rose": "rise", "risen": "rise",
        "led": "lead", "saw": "see", "seen": "see", "chose": "choose", "chosen": "choose", "struck": "strike",
        "fought": "fight", "thought": "think", "knew": "know", "known": "know", "grew": "grow", "shot": "shoot",
        "hit": "hit", "sent": "send", "spent": "spend", "built": "build", "paid": "pay", "kept": "keep",
        "became": "become", "broke": "break", "broken": "break", "wrote": "write", "written": "write",
        "drove": "drive", "flew": "fly", "threw": "throw", "ran": "run", "stood": "stand", "felt": "feel",
        "heard": "hear", "meant": "mean", "caught": "catch", "taught": "teach", "woke": "wake", "news": "news",
        "crisis": "crisis", "series": "series", "analysis": "analysis", "ties": "tie", "dies": "die", "died": "die",
        "lies": "lie", "lied": "lie", "withdrew": "withdraw", "withdrawn": "withdraw", "fallen": "fall",
        "shown": "show", "drawn": "draw", "drew": "draw", "ate": "eat", "forgave": "forgive", "hid": "hide",
        "overthrew": "overthrow", "overthrown": "overthrow", "undertook": "undertake", "sank": "sink", "swore": "swear",
    ]

    /// Endings after which a removed "-ed"/"-ing" leaves a word that needs its "e" back ("stated" → state),
    /// each with whether a consonant must come before it ("tak" → take, but "break" stays).
    static let silentEEndings: [(ending: String, afterConsonant: Bool)] = [
        ("at", false), ("iz", false), ("bl", false), ("v", false), ("c", false), ("dg", false), ("rg", false),
        ("u", false), ("aus", false), ("ais", false), ("is", false), ("os", false), ("eas", false), ("ot", true),
        ("ak", true), ("ok", true), ("ik", true), ("ut", true), ("ib", true), ("id", true), ("in", true), ("ar", true),
        ("ur", true), ("ag", true), ("ir", false), ("it", true), ("or", true), ("ud", true),
        ("as", true), ("ys", false), ("ov", false), ("lv", false), ("rs", false), ("ns", false), ("ps", false),
    ]

    /// Stems that end like one of `silentEEndings` but take no "e" ("visited" → visit).
    static let noSilentE: Set<String> = [
        "visit", "limit", "edit", "credit", "profit", "deposit", "exhibit", "audit", "inherit", "benefit", "vomit",
        "monitor", "honor", "favor", "labor", "harbor", "anchor", "sponsor", "mentor", "author", "mirror", "tailor",
        "ban", "plan", "bring", "sing", "ring", "hang", "swing", "spring", "sting", "wing", "open", "happen", "listen",
        "threaten", "begin", "join", "obtain", "remain", "contain", "explain", "gain", "train", "complain", "rain",
        "boycot", "pivot", "star", "bar", "scar", "war", "occur", "concur", "incur", "recur", "focus", "gas", "bias",
        "ag", "lag", "tag", "drag", "flag", "nag", "bag", "blog", "dig", "rig", "treat", "defeat", "repeat", "heat",
        "beat", "seat", "eat", "threat", "cheat", "float", "boat", "coat", "chat", "combat", "format", "stir",
    ]

    /// A light stem: irregular forms from the table, else plural and verb endings removed.
    public static func stem(_ word: String) -> String {
        if let known = irregular[word] { return known }
        let n = word.utf8.count
        if n > 4, word.hasSuffix("ies") || word.hasSuffix("ied") { return String(word.dropLast(3)) + "y" }
        if n >= 6, word.hasSuffix("ing"), word.dropLast(3).contains(where: { "aeiouy".contains($0) }) {
            return restore(String(word.dropLast(3)))
        }
        if n >= 5, word.hasSuffix("ed"), !word.hasSuffix("eed") { return restore(String(word.dropLast(2))) }
        if n >= 4, word.hasSuffix("es"), ["s", "x", "z", "ch", "sh"].contains(where: { word.dropLast(2).hasSuffix($0) }) {
            return String(word.dropLast(2))
        }
        if n >= 4, word.hasSuffix("s"), !["ss", "us", "is", "as"].contains(where: { word.hasSuffix($0) }) {
            return String(word.dropLast())
        }
        return word
    }

    /// Undoes spelling changes of "-ed"/"-ing": "planned" → plan, "escalated" → escalate.
    private static func restore(_ stem: String) -> String {
        let chars = Array(stem)
        guard chars.contains(where: { "aeiouy".contains($0) }) else { return stem }
        if chars.count >= 2, let last = chars.last, last == chars[chars.count - 2], !"lsz".contains(last),
           !"aeiou".contains(last) {
            return String(chars.dropLast())
        }
        if noSilentE.contains(stem) { return stem }
        for (ending, afterConsonant) in silentEEndings where stem.hasSuffix(ending) {
            let before = chars.dropLast(ending.count).last
            if !afterConsonant || before.map({ !"aeiou".contains($0) }) == true { return stem + "e" }
        }
        return stem
    }
}
