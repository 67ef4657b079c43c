/// The word just before a time expression that says how an event relates to it.
public enum TemporalSignal: String, Sendable, Codable, CaseIterable {
    /// "since 2016": from then on, still going.
    case since
    /// "until March", "till": up to then.
    case until
    /// "by Friday": at or before then.
    case by
    case before
    case after
    /// "from May to June": the range starts then.
    case from
    /// "between 2010 and 2012".
    case between
    /// "during the war", "throughout": within then.
    case during
}
