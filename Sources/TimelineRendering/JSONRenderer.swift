import TimelineModel

/// Renders a chronology as versioned JSON (`"schema": "timeline/1"`), described by
/// `Sources/TimelineRendering/Schema/timeline-1.schema.json`.
///
/// Keys come in a fixed order and nothing depends on the clock, so the same chronology always
/// gives the same bytes.
public struct JSONRenderer {
    /// The value of the top-level `schema` key.
    public static let schemaVersion = "timeline/1"

    public struct Options: Hashable, Sendable {
        /// Names the program in `generatedFrom.tool`, e.g. `timeline 0.1.0`.
        public var tool: String

        public init(tool: String = "timeline") {
            self.tool = tool
        }
    }

    public static func format(_ chronology: Chronology, options: Options = Options()) -> String {
        document(chronology, options: options).text() + "\n"
    }

    static func document(_ chronology: Chronology, options: Options) -> JSONValue {
        .object([
            ("schema", .string(schemaVersion)),
            ("title", .optional(chronology.title)),
            ("generatedFrom", .object([
                ("tool", .string(options.tool)),
                ("sourceCount", .int(chronology.sources.count)),
                ("entryCount", .int(chronology.entries.count)),
            ])),
            ("entries", .array(chronology.entries.map(entry))),
            ("sources", .array(chronology.sources.map(source))),
        ])
    }

    static func entry(_ entry: ChronologyEntry) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(entry.id)),
            ("when", when(entry.when)),
            ("summary", .string(entry.summary)),
            ("kind", .string(entry.kind.rawValue)),
            ("citations", .array(entry.citations.map(citation))),
            ("conflicts", .array(entry.conflicts.map(conflict))),
            ("sources", .array(entry.sources.map(JSONValue.string))),
        ]
        if let reason = entry.dateReason { members.append(("dateReason", .string(reason))) }
        return .object(members)
    }

    static func when(_ value: TemporalValue) -> JSONValue {
        .object([
            ("value", .string(value.value)),
            ("type", .string(value.type.rawValue)),
            ("mod", .optional(value.mod?.rawValue)),
            ("granularity", .optional(value.granularity?.rawValue)),
            ("start", .optional(value.interval?.start.iso)),
            ("end", .optional(value.interval?.end.iso)),
        ])
    }

    static func citation(_ citation: Citation) -> JSONValue {
        .object([
            ("source", .string(citation.source)),
            ("quote", .string(citation.quote)),
            ("start", .int(citation.start)),
            ("end", .int(citation.end)),
            ("expression", .optional(citation.expression)),
            ("resolvedFrom", citation.resolvedFrom.map { how in
                .object([
                    ("rule", .string(how.rule)),
                    ("anchor", .string(how.anchor.iso)),
                    ("anchorKind", .string(how.anchorKind.rawValue)),
                ])
            } ?? .null),
        ])
    }

    static func conflict(_ conflict: Conflict) -> JSONValue {
        .object([
            ("when", when(conflict.when)),
            ("sources", .array(conflict.sources.map(JSONValue.string))),
            ("citations", .array(conflict.citations.map(citation))),
        ])
    }

    static func source(_ article: Article) -> JSONValue {
        .object([
            ("id", .string(article.id)),
            ("title", .optional(article.title)),
            ("outlet", .optional(article.outlet)),
            ("url", .optional(article.url)),
            ("published", .string(article.published.iso)),
            ("publishedFrom", .string(article.publishedFrom.rawValue)),
            ("duplicates", .array(article.duplicates.map { copy in
                .object([("id", .string(copy.id)), ("outlet", .optional(copy.outlet))])
            })),
        ])
    }
}
