/// Words that frame reported speech ("the Kremlin announced on Thursday", "Peskov told reporters"), as data.
///
/// All entries are lower-case single words, except `phrases`. A date next to one of these verbs dates
/// the statement, not the event it reports.
public enum ReportingCues {
    /// Verbs (in their usual forms) that introduce what someone said, wrote or reported.
    public static let verbs: Set<String> = Set<String>([
        "say", "says", "said", "saying", "tell", "tells", "told", "telling",
        "announce", "announces", "announced", "announcing", "report", "reports", "reported", "reporting",
        "state", "states", "stated", "stating", "confirm", "confirms", "confirmed", "confirming",
        "add", "adds", "added", "adding", "note", "notes", "noted", "noting", "claim", "claims", "claimed",
        "insist", "insists", "insisted", "explain", "explains", "explained", "declare", "declares", "declared",
        "warn", "warns", "warned", "warning", "stress", "stresses", "stressed", "emphasize", "emphasized",
        "emphasise", "emphasised", "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted",
        "reveal", "reveals", "revealed", "write", "writes", "wrote", "tweeted", "posted", "assert", "asserted",
        "argue", "argues", "argued", "inform", "informed", "assure", "assured", "quoted", "indicated",
        "suggested", "remarked", "commented", "replied", "responded", "speaking", "disclosed", "agreed",
        // Broadcasting: "remarks aired on state television on Thursday" dates the airing, not the remarks.
        "aired", "broadcast", "broadcasts", "televised",
    ]).union(denialVerbs)

    /// Reporting verbs whose object is the listener ("told reporters", "informed the council").
    public static let listenerVerbs: Set<String> = [
        "tell", "tells", "told", "telling", "inform", "informed", "assure", "assured", "warn", "warns", "warned",
        "warning", "speaking",
    ]

    /// Reporting verbs followed by the medium that carried the report ("aired on state television",
    /// "broadcast by Channel One"), with the prepositions that introduce it.
    public static let mediumVerbs: Set<String> = ["aired", "broadcast", "broadcasts", "televised"]
    public static let mediumPrepositions: Set<String> = ["on", "by"]

    /// Verbs that deny what they report: the reported thing did not happen as claimed.
    public static let denialVerbs: Set<String> = [
        "deny", "denies", "denied", "denying", "refute", "refutes", "refuted", "refuting",
    ]

    /// Verbs that deny only with a report-like object ("rejected the report", not "rejected the offer").
    public static let weakDenialVerbs: Set<String> = [
        "reject", "rejects", "rejected", "dismiss", "dismisses", "dismissed", "dispute", "disputes", "disputed",
    ]

    /// Objects that make a weak denial verb a denial.
    public static let reportNouns: Set<String> = [
        "report", "reports", "claim", "claims", "allegation", "allegations", "accusation", "accusations",
        "suggestion", "suggestions", "rumor", "rumors", "rumour", "rumours", "speculation", "story", "stories",
    ]

    /// Multi-word frames: what follows them is reported content ("according to", "reports that").
    public static let phrases: [[String]] = [
        ["according", "to"], ["reports", "that"], ["report", "that"], ["claims", "that"], ["speculation", "that"],
        ["quoted", "as", "saying"],
    ]

    /// Frames of `phrases` that close a clause: the content is what came before ("..., according to X").
    public static let closingPhrases: Set<[String]> = [["according", "to"]]
}
