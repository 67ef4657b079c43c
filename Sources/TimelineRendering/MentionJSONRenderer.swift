import TimelineModel

/// Renders resolved temporal expressions (what `timeline resolve --format json` prints) as a JSON
/// array of `{"text", "start", "end", "type", "value", "mod", "granularity", "interval": {"start",
/// "end"}, "rule", "anchor"}`: offsets in Unicode scalars, `mod`, `granularity` and `interval` null
/// when there is none, interval days inclusive. A range ("from July to August") has the interval of
/// both ends and `rangeEnd` with the end's value.
public struct MentionJSONRenderer {
    public static func format(_ mentions: [TemporalMention]) -> String {
        JSONValue.array(mentions.map(object)).text() + "\n"
    }

    static func object(_ m: TemporalMention) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("text", .string(m.text)), ("start", .int(m.start)), ("end", .int(m.end)),
            ("type", .string(m.value.type.rawValue)), ("value", .string(m.value.value)),
            ("mod", .optional(m.value.mod?.rawValue)), ("granularity", .optional(m.value.granularity?.rawValue)),
            ("interval", m.value.interval.map { .object([("start", .string($0.start.iso)), ("end", .string($0.end.iso))]) } ?? .null),
            ("rule", .string(m.rule)), ("anchor", .string(m.anchor.iso)),
        ]
        if let end = m.rangeEnd { members.append(("rangeEnd", .string(end.value))) }
        return .object(members)
    }
}
