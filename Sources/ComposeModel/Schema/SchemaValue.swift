import YAML

/// A node seen the way the JSON-schema validator of compose-go sees the decoded go-yaml value:
/// its JSON kind plus the scalar value needed by `enum`, `pattern`, bounds and `uniqueItems`.
enum SchemaValue: Hashable {
    case object
    case array
    case string(String)
    case integer(Int64)
    case number(Double)
    case boolean(Bool)
    case null
    /// A value JSON cannot hold, named by its Go type (go-yaml decodes `2001-12-14` to `time.Time`).
    case invalid(goType: String)

    init(_ node: Node) {
        self.init(node.content, tag: node.tag)
    }

    /// The value of a node with `content` and `tag`.
    init(_ content: Node.Content, tag: String?) {
        switch content {
        case .mapping: self = .object
        case .sequence: self = .array
        case .scalar(let scalar):
            let coreTagged = tag?.hasPrefix("tag:yaml.org,2002:") ?? false
            // A pattern on the stored `style`, not `isPlain` or `==`: both are calls into the
            // YAML module, which make the compiler copy the scalar first.
            if case .plain = scalar.style, !coreTagged, YAMLTimestamp.matches(scalar.text) {
                self = .invalid(goType: "time.Time")
            } else {
                switch scalar.resolved(tag: tag) {
                case .null: self = .null
                case .bool(let value): self = .boolean(value)
                case .int(let value): self = .integer(value)
                // Integral, so it still counts as an integer for the schema, as a uint64 does for Compose.
                case .uint(let value): self = .number(Double(value))
                case .float(let value): self = .number(value)
                case .string(let value): self = .string(value)
                }
            }
        }
    }

    /// Whether the value is of the schema kind `kind` (an integral number counts as an integer).
    func isKind(_ kind: SchemaNode.Kind) -> Bool {
        switch (self, kind) {
        case (.object, .object), (.array, .array), (.string, .string), (.boolean, .boolean), (.null, .null): return true
        case (.integer, .integer), (.integer, .number), (.number, .number): return true
        case (.number(let value), .integer): return value.rounded() == value && value.isFinite
        default: return false
        }
    }

    /// The `SchemaNode.Kind.bit`s of every kind `isKind` accepts, for testing a `type` list at once.
    var kindMask: UInt8 {
        switch self {
        case .object: SchemaNode.Kind.object.bit
        case .array: SchemaNode.Kind.array.bit
        case .string: SchemaNode.Kind.string.bit
        case .integer: SchemaNode.Kind.integer.bit | SchemaNode.Kind.number.bit
        case .number(let value):
            SchemaNode.Kind.number.bit | (value.rounded() == value && value.isFinite ? SchemaNode.Kind.integer.bit : 0)
        case .boolean: SchemaNode.Kind.boolean.bit
        case .null: SchemaNode.Kind.null.bit
        case .invalid: 0
        }
    }

    /// The JSON type name santhosh-tekuri/jsonschema reports for "got".
    var jsonTypeName: String {
        switch self {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .integer: "integer"
        case .number: "number"
        case .boolean: "boolean"
        case .null: "null"
        case .invalid(let goType): goType
        }
    }
}

/// go-yaml v3's timestamp recognition for plain scalars: `YYYY-M-D`, optionally followed by a time.
enum YAMLTimestamp {
    /// Whether go-yaml would decode the plain scalar `text` as a `time.Time`.
    static func matches(_ text: String) -> Bool {
        // Most scalars are not dates: reject them before copying their bytes.
        guard text.utf8.count >= 8, let first = text.utf8.first, isDigit(first) else { return false }
        let bytes = Array(text.utf8)
        guard bytes.count >= 8, bytes.prefix(4).allSatisfy(isDigit), bytes[4] == UInt8(ascii: "-") else { return false }
        var index = 5
        guard let month = number(bytes, &index, maxDigits: 2), (1...12).contains(month),
              index < bytes.count, bytes[index] == UInt8(ascii: "-") else { return false }
        index += 1
        guard let day = number(bytes, &index, maxDigits: 2), (1...31).contains(day) else { return false }
        if index == bytes.count { return true }
        let separator = bytes[index]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " ") else { return false }
        index += 1
        guard let hour = number(bytes, &index, maxDigits: 2), hour < 24, colon(bytes, &index),
              let minute = number(bytes, &index, maxDigits: 2), minute < 60, colon(bytes, &index),
              let second = number(bytes, &index, maxDigits: 2), second < 61 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard number(bytes, &index, maxDigits: 9) != nil else { return false }
        }
        // Go's layouts: the space form has no zone, the `T` form requires one.
        if separator == UInt8(ascii: " ") { return index == bytes.count }
        guard index < bytes.count else { return false }
        if bytes[index] == UInt8(ascii: "Z") { return index + 1 == bytes.count }
        guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") else { return false }
        index += 1
        guard number(bytes, &index, maxDigits: 2) != nil, colon(bytes, &index), number(bytes, &index, maxDigits: 2) != nil else { return false }
        return index == bytes.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    private static func colon(_ bytes: [UInt8], _ index: inout Int) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
        index += 1
        return true
    }

    private static func number(_ bytes: [UInt8], _ index: inout Int, maxDigits: Int) -> Int? {
        var value = 0
        var count = 0
        while index < bytes.count, count < maxDigits, isDigit(bytes[index]) {
            value = value * 10 + Int(bytes[index] - 48)
            index += 1
            count += 1
        }
        return count == 0 ? nil : value
    }
}
