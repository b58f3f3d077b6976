import YAML

extension GoOmitEmpty {
    /// True for a value Go's `omitempty` treats as empty: null, `false`, zero, "", [] or {}.
    static func isEmpty(_ node: Node) -> Bool {
        switch node.content {
        case .sequence(let items): return items.isEmpty
        case .mapping(let mapping): return mapping.isEmpty
        case .scalar(let scalar):
            // Fast path: only a few plain spellings can mean null, false or zero.
            guard let first = scalar.text.utf8.first else { return true }
            if node.tag == nil {
                if scalar.style != .plain { return false }
                switch first {
                case UInt8(ascii: "0"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "n"), UInt8(ascii: "N"),
                    UInt8(ascii: "~"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                    break
                default:
                    return false
                }
            }
            switch scalar.resolved(tag: node.tag) {
            case .null: return true
            case .bool(let flag): return !flag
            case .int(let value): return value == 0
            case .uint: return false
            case .float(let value): return value == 0
            case .string(let text): return text.isEmpty
            }
        }
    }

    /// True for a mapping node, read without copying its entries.
    static func isMapping(_ node: Node) -> Bool {
        if case .mapping = node.content { return true }
        return false
    }

    /// True for a scalar node.
    static func isScalar(_ node: Node) -> Bool {
        if case .scalar = node.content { return true }
        return false
    }
}
