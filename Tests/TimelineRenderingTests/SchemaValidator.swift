import Foundation

/// Checks a JSON document against the subset of JSON Schema that Sources/TimelineRendering/Schema/timeline-1.schema.json
/// uses: type (one or a list), enum, pattern, minimum, required, properties,
/// additionalProperties: false, items and local `$ref`s to `#/$defs/...`.
/// A schema keyword outside that subset is itself reported, so nothing goes unchecked silently.
struct SchemaValidator {
    let root: [String: Any]

    static let annotations: Set<String> = ["$schema", "$id", "$defs", "title", "description"]
    static let keywords: Set<String> = ["type", "enum", "pattern", "minimum", "required", "properties",
                                        "additionalProperties", "items", "$ref"]

    init(schema data: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ValidationFailure(message: "schema is not an object")
        }
        self.root = root
    }

    struct ValidationFailure: Error { let message: String }

    /// Every way `document` breaks the schema, as `path: problem` lines; empty when it conforms.
    func errors(in document: Data) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: document, options: [.fragmentsAllowed])
        var errors: [String] = []
        check(value, against: root, at: "$", errors: &errors)
        return errors
    }

    private func check(_ value: Any, against schema: [String: Any], at path: String, errors: inout [String]) {
        for key in schema.keys where !Self.keywords.contains(key) && !Self.annotations.contains(key) {
            errors.append("\(path): schema keyword '\(key)' is not supported by this validator")
        }
        if let ref = schema["$ref"] as? String {
            guard let target = resolve(ref) else {
                errors.append("\(path): unresolvable $ref \(ref)")
                return
            }
            check(value, against: target, at: path, errors: &errors)
        }
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [(type as? String) ?? ""]
            guard allowed.contains(where: { Self.value(value, is: $0) }) else {
                errors.append("\(path): expected \(allowed.joined(separator: " or ")), found \(Self.typeName(value))")
                return
            }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
            errors.append("\(path): \(value) is not one of the allowed values")
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String {
            let regex = try? NSRegularExpression(pattern: pattern)
            let whole = NSRange(text.startIndex..., in: text)
            if regex?.firstMatch(in: text, range: whole) == nil {
                errors.append("\(path): '\(text)' does not match \(pattern)")
            }
        }
        if let minimum = schema["minimum"] as? NSNumber, let number = value as? NSNumber, !(value is String),
           number.doubleValue < minimum.doubleValue {
            errors.append("\(path): \(number) is below \(minimum)")
        }
        if let object = value as? [String: Any] {
            for name in (schema["required"] as? [String]) ?? [] where object[name] == nil {
                errors.append("\(path): missing required '\(name)'")
            }
            let properties = (schema["properties"] as? [String: Any]) ?? [:]
            for (name, member) in object.sorted(by: { $0.key < $1.key }) {
                if let sub = properties[name] as? [String: Any] {
                    check(member, against: sub, at: "\(path).\(name)", errors: &errors)
                } else if let additional = schema["additionalProperties"] as? Bool, !additional {
                    errors.append("\(path): unexpected key '\(name)'")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (n, item) in array.enumerated() {
                check(item, against: items, at: "\(path)[\(n)]", errors: &errors)
            }
        }
    }

    private func resolve(_ ref: String) -> [String: Any]? {
        let prefix = "#/$defs/"
        guard ref.hasPrefix(prefix), let defs = root["$defs"] as? [String: Any] else { return nil }
        return defs[String(ref.dropFirst(prefix.count))] as? [String: Any]
    }

    static func value(_ value: Any, is type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "string": return value is String
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "boolean": return isBoolean(value)
        case "integer":
            guard !(value is String), !isBoolean(value), let n = value as? NSNumber else { return false }
            return n.doubleValue.rounded() == n.doubleValue
        case "number": return !(value is String) && !isBoolean(value) && value is NSNumber
        default: return false
        }
    }

    static func isBoolean(_ value: Any) -> Bool {
        guard let n = value as? NSNumber else { return false }
        return String(cString: n.objCType) == "c" || type(of: value) == Bool.self
    }

    static func typeName(_ value: Any) -> String {
        for name in ["null", "string", "object", "array", "boolean", "integer", "number"] where Self.value(value, is: name) {
            return name
        }
        return "something else"
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        if a is NSNull || b is NSNull { return a is NSNull && b is NSNull }
        if let x = a as? String, let y = b as? String { return x == y }
        if let x = a as? NSNumber, let y = b as? NSNumber, !(a is String), !(b is String) { return x == y }
        return false
    }
}
