import YAML

extension JSONWriter {
    /// Writes a scalar as its resolved type: null, bool, number or string.
    mutating func writeScalar(_ scalar: Node.Scalar, tag: String?) {
        if tag == nil, writeShortcut(scalar) { return }
        switch scalar.resolved(tag: tag) {
        case .null: out.append("null")
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .int(let value): out.appendDecimal(value)
        case .uint(let value): out.append(contentsOf: GoFormat.uint(value))
        case .float(let value): out.append(contentsOf: GoFormat.jsonFloat(value))
        case .string(let text): out.appendQuoted(text, dollars: escapeDollars)
        }
    }

    /// Writes an untagged scalar whose type `ConfigRenderer.shortcut` can tell, reading its
    /// bytes once for both; false when it cannot.
    private mutating func writeShortcut(_ scalar: Node.Scalar) -> Bool {
        var text = scalar.text
        return text.withUTF8 { utf8 in
            switch scalar.style == .plain ? ConfigRenderer.shortcut(plain: utf8) : .string {
            case .string: out.appendQuoted(utf8: utf8, dollars: escapeDollars)
            case .int(let value): out.appendDecimal(value)
            case nil: return false
            }
            return true
        }
    }
}
