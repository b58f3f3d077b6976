import YAML

/// One place where a document breaks the Compose schema, worded like compose-go's validation
/// errors: the dotted instance path, then what is wrong (`services.web.ports must be a array`).
package struct SchemaViolation: Sendable, Hashable, CustomStringConvertible {
    package enum Kind: Sendable, Hashable {
        case type(want: [SchemaNode.Kind])
        case invalidJSONType(String)
        case additionalProperty(String, suggestion: String?)
        case missingProperties([String])
        case enumeration([String])
        case pattern(got: String, want: String)
        case minimum(Double)
        case maximum(Double)
        case duplicateItems(Int, Int)
        case oneOfMultiple(Int, Int)
    }

    package var path: [String]
    package var kind: Kind
    package var mark: Mark

    /// compose-go's tie-breaker: deeper paths win, and an unknown key counts one level deeper.
    var specificity: Int {
        if case .additionalProperty = kind { return path.count + 1 }
        return path.count
    }

    package var description: String {
        let location = path.joined(separator: ".")
        switch kind {
        case .type(let want): return "\(location) must be a \(Self.humanReadable(want))"
        case .minimum(let bound): return "\(location) must be greater than or equal to \(Self.number(bound))"
        case .maximum(let bound): return "\(location) must be less than or equal to \(Self.number(bound))"
        default: return location.isEmpty ? detail : "\(location) \(detail)"
        }
    }

    private var detail: String {
        switch kind {
        case .invalidJSONType(let goType): "invalid jsonType \(goType)"
        case .additionalProperty(let key, let suggestion):
            "additional properties \(Self.quote(key)) not allowed" + (suggestion.map { " (did you mean \(Self.quote($0))?)" } ?? "")
        case .missingProperties(let names) where names.count == 1: "missing property \(Self.quote(names[0]))"
        case .missingProperties(let names): "missing properties \(names.map(Self.quote).joined(separator: ", "))"
        case .enumeration(let values) where values.count == 1: "value must be \(Self.quote(values[0]))"
        case .enumeration(let values): "value must be one of \(values.map(Self.quote).joined(separator: ", "))"
        case .pattern(let got, let want): "\(Self.quote(got)) does not match pattern \(Self.quote(want))"
        case .duplicateItems(let first, let second): "items at \(first) and \(second) are equal"
        case .oneOfMultiple(let first, let second): "oneOf failed, subschemas \(first), \(second) matched"
        case .type, .minimum, .maximum: ""
        }
    }

    /// compose-go's `humanReadableType`: `object` reads `mapping`, several kinds are sorted and
    /// joined as `a, b or c`.
    static func humanReadable(_ kinds: [SchemaNode.Kind]) -> String {
        let names = kinds.map { $0 == .object ? "mapping" : $0.rawValue }
        guard names.count > 1 else { return names.first ?? "" }
        let sorted = names.sorted()
        return sorted.dropLast().joined(separator: ", ") + " or " + (sorted.last ?? "")
    }

    /// santhosh-tekuri/jsonschema's `quote`: Go `%q` escaping inside single quotes.
    static func quote(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }

    private static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
