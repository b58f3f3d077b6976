import YAML

/// A block-style YAML emitter for `config` output: sorted keys, strings quoted only when a
/// plain scalar would read differently.
struct YAMLWriter: ~Copyable {
    var out = OutputBytes()
    let escapeDollars: Bool
    private var order = KeyOrder()

    init(escapeDollars: Bool) {
        self.escapeDollars = escapeDollars
    }

    mutating func writeDocument(_ node: Node) {
        switch node.content {
        case .mapping(let mapping) where !mapping.isEmpty: writeMapping(mapping, indent: 0)
        case .sequence(let items) where !items.isEmpty: writeSequence(items, indent: 0)
        default:
            writeInline(node)
            out.append(0x0A)
        }
    }

    private mutating func writeMapping(_ mapping: Node.Mapping, indent: Int) {
        let entries = mapping.entries
        let slots = order.push(entries)
        defer { order.pop(slots) }
        for position in slots {
            let i = order[position].index
            if Self.isJSONOnly(entries[i]) { continue }
            pad(indent)
            writeText(KeyOrder.name(entries, i), dollars: false)
            out.append(UInt8(ascii: ":"))
            writeValue(entries[i].value, indent: indent)
        }
    }

    private mutating func writeSequence(_ items: [Node], indent: Int) {
        for item in items {
            pad(indent)
            out.append(UInt8(ascii: "-"))
            switch item.content {
            case .mapping(let mapping) where mapping.entries.contains(where: { !Self.isJSONOnly($0) }):
                out.append(0x0A)
                writeMapping(mapping, indent: indent + 2)
            default:
                writeValue(item, indent: indent)
            }
        }
    }

    private mutating func writeValue(_ node: Node, indent: Int) {
        switch node.content {
        case .mapping(let mapping) where mapping.entries.contains(where: { !Self.isJSONOnly($0) }):
            out.append(0x0A)
            writeMapping(mapping, indent: indent + 2)
        case .sequence(let items) where !items.isEmpty:
            out.append(0x0A)
            writeSequence(items, indent: indent + 2)
        default:
            out.append(0x20)
            writeInline(node)
            out.append(0x0A)
        }
    }

    private mutating func writeInline(_ node: Node) {
        switch node.content {
        case .mapping: out.append("{}")
        case .sequence: out.append("[]")
        case .scalar(let scalar):
            switch node.tag == nil ? ConfigRenderer.shortcut(scalar) : nil {
            case .string: return writeText(scalar.text, dollars: escapeDollars)
            case .int(let value): return out.appendDecimal(value)
            case nil: break
            }
            switch scalar.resolved(tag: node.tag) {
            case .null: out.append("null")
            case .bool(let flag): out.append(flag ? "true" : "false")
            case .int(let value): out.appendDecimal(value)
            case .uint(let value): out.append(contentsOf: GoFormat.uint(value))
            case .float(let value): out.append(contentsOf: GoFormat.yamlFloat(value))
            case .string(let text): writeText(text, dollars: escapeDollars)
            }
        }
    }

    /// A string plain when it reads back as the same string, double-quoted (JSON escapes are
    /// valid YAML escapes) otherwise.
    private mutating func writeText(_ text: String, dollars: Bool) {
        let value = dollars ? text.replacingDollars() : text
        if Self.isSafePlain(value) {
            out.append(contentsOf: value)
        } else {
            out.appendQuoted(value, dollars: false)
        }
    }

    /// Values only the JSON form prints (Go's `encoding/json` keeps empty structs and null
    /// commands; go-yaml's `omitempty` drops them).
    static func isJSONOnly(_ entry: Node.Mapping.Entry) -> Bool {
        switch entry.name {
        case "command", "entrypoint": return entry.value.isNull
        case "resources", "placement", "ipam": return entry.value.mapping?.isEmpty == true
        case "exec":
            guard let exec = entry.value.mapping else { return false }
            return exec.count == 1 && exec["command"]?.isNull == true
        default: return false
        }
    }

    /// True when `text` can print unquoted: printable ASCII that reads back as this very string
    /// (not a null, bool or number, no indicator first, no `: ` or ` #` inside, no trailing
    /// space or colon). Checked over the bytes: printable ASCII has one byte per character.
    static func isSafePlain(_ text: String) -> Bool {
        var text = text
        let safe = text.withUTF8 { utf8 -> Bool in
            guard let first = utf8.first, let last = utf8.last, last != UInt8(ascii: " "), last != UInt8(ascii: ":") else {
                return false
            }
            if Self.indicators.contains(first) { return false }
            var previous: UInt8 = 0
            for byte in utf8 {
                guard byte >= 0x20, byte < 0x7F else { return false }
                if previous == UInt8(ascii: ":") && byte == UInt8(ascii: " ") { return false }
                if previous == UInt8(ascii: " ") && byte == UInt8(ascii: "#") { return false }
                previous = byte
            }
            return true
        }
        // YAML 1.1 readers (PyYAML, Kubernetes' sigs.k8s.io/yaml) read these as booleans, so go-yaml,
        // and Compose's `config` with it, quotes them.
        guard safe, !Self.yaml11Booleans.contains(text) else { return false }
        let plain = Node.Scalar(text, style: .plain)
        if let shortcut = ConfigRenderer.shortcut(plain) { return shortcut == .string }
        if case .string = plain.resolved { return true }
        return false
    }

    /// The YAML 1.1 booleans that YAML 1.2 reads as strings (go-yaml's `isOldBool`).
    private static let yaml11Booleans: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
    ]

    /// Bytes that cannot start a plain scalar.
    private static let indicators = Set(" -?:,[]{}#&*!|>'\"%@`".utf8)

    private mutating func pad(_ indent: Int) {
        for _ in 0..<indent { out.append(0x20) }
    }
}

extension String {
    /// Every `$` doubled, as `config` prints interpolated output (and as Kubernetes reads `$` literally in
    /// container commands and environment values, where it expands `$(VAR)`).
    package func replacingDollars() -> String {
        guard utf8.contains(UInt8(ascii: "$")) else { return self }
        var out: [UInt8] = []
        for byte in utf8 {
            out.append(byte)
            if byte == UInt8(ascii: "$") { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
