import YAML

/// Lenient readers over the canonical tree. The canonicaliser has already validated types, so
/// these only convert; a value of an unexpected shape reads as absent.
extension Node {
    var stringValue: String? {
        guard let scalar, !scalar.isNull else { return nil }
        return scalar.text
    }

    var intValue: Int? { int64Value.map { Int(truncatingIfNeeded: $0) } }

    var int64Value: Int64? {
        guard let scalar else { return nil }
        switch scalar.resolved {
        case .int(let value): return value
        case .float(let value): return Int64(exactly: value.rounded(.towardZero))
        case .string(let text): return Int64(text)
        default: return nil
        }
    }

    var doubleValue: Double? {
        guard let scalar else { return nil }
        switch scalar.resolved {
        case .int(let value): return Double(value)
        case .uint(let value): return Double(value)
        case .float(let value): return value
        case .string(let text): return Double(text)
        default: return nil
        }
    }

    var boolValue: Bool? {
        guard let scalar else { return nil }
        switch scalar.resolved {
        case .bool(let value): return value
        case .string(let text): return text == "true" ? true : (text == "false" ? false : nil)
        default: return nil
        }
    }

    /// A list of strings; a single scalar reads as a one-item list.
    var stringList: [String] {
        if let sequence { return sequence.compactMap(\.stringValue) }
        if let text = stringValue { return [text] }
        return []
    }

    /// A `KEY: value` mapping whose null values are dropped.
    var stringMap: [String: String] {
        guard let mapping else { return [:] }
        var result: [String: String] = [:]
        result.reserveCapacity(mapping.count)
        for entry in mapping { if let value = entry.value.stringValue { result[entry.name] = value } }
        return result
    }

    /// A `KEY: value` mapping that keeps null values (declared but unset variables).
    var optionalStringMap: [String: String?] {
        guard let mapping else { return [:] }
        var result: [String: String?] = [:]
        result.reserveCapacity(mapping.count)
        for entry in mapping { result[entry.name] = .some(entry.value.stringValue) }
        return result
    }

    /// The `x-*` entries of a mapping.
    var extensionFields: [String: Node] {
        guard let mapping else { return [:] }
        var result: [String: Node] = [:]
        for entry in mapping where entry.name.hasPrefix("x-") { result[entry.name] = entry.value }
        return result
    }
}
