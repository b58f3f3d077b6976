import YAML

/// A block-style YAML emitter for `config` output: sorted keys, strings quoted only when a
/// plain scalar would read differently.
struct YAMLWriter {
    var bytes: [UInt8] = []
    let escapeDollars: Bool

    init(escapeDollars: Bool) {
        self.escapeDollars = escapeDollars
    }

    mutating func writeDocument(_ node: Node) {
        switch node.content {
        case .mapping(let mapping) where !mapping.isEmpty: writeMapping(mapping, indent: 0)
        case .sequence(let items) where !items.isEmpty: writeSequence(items, indent: 0)
        default:
            writeInline(node)
            bytes.append(0x0A)
        }
    }

    private mutating func writeMapping(_ mapping: Node.Mapping, indent: Int) {
        for entry in ConfigRenderer.sortedEntries(mapping) where !Self.isJSONOnly(entry) {
            pad(indent)
            writeText(entry.name, dollars: false)
            bytes.append(UInt8(ascii: ":"))
            writeValue(entry.value, indent: indent)
        }
    }

    private mutating func writeSequence(_ items: [Node], indent: Int) {
        for item in items {
            pad(indent)
            bytes.append(contentsOf: "-".utf8)
            switch item.content {
            case .mapping(let mapping) where mapping.entries.contains(where: { !Self.isJSONOnly($0) }):
                bytes.append(0x0A)
                writeMapping(mapping, indent: indent + 2)
            default:
                writeValue(item, indent: indent)
            }
        }
    }

    private mutating func writeValue(_ node: Node, indent: Int) {
        switch node.content {
        case .mapping(let mapping) where mapping.entries.contains(where: { !Self.isJSONOnly($0) }):
            bytes.append(0x0A)
            writeMapping(mapping, indent: indent + 2)
        case .sequence(let items) where !items.isEmpty:
            bytes.append(0x0A)
            writeSequence(items, indent: indent + 2)
        default:
            bytes.append(0x20)
            writeInline(node)
            bytes.append(0x0A)
        }
    }

    private mutating func writeInline(_ node: Node) {
        switch node.content {
        case .mapping: bytes.append(contentsOf: "{}".utf8)
        case .sequence: bytes.append(contentsOf: "[]".utf8)
        case .scalar(let scalar):
            switch scalar.resolved(tag: node.tag) {
            case .null: bytes.append(contentsOf: "null".utf8)
            case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
            case .int(let value): bytes.append(contentsOf: String(value).utf8)
            case .float(let value): bytes.append(contentsOf: JSONWriter.goFloat(value).utf8)
            case .string(let text): writeText(text, dollars: escapeDollars)
            }
        }
    }

    /// A string plain when it reads back as the same string, double-quoted (JSON escapes are
    /// valid YAML escapes) otherwise.
    private mutating func writeText(_ text: String, dollars: Bool) {
        let value = dollars ? text.replacingDollars() : text
        if Self.isSafePlain(value) {
            bytes.append(contentsOf: value.utf8)
        } else {
            var quoted = OutputBytes(capacity: value.utf8.count + 8)
            quoted.appendQuoted(value, dollars: false)
            bytes.append(contentsOf: quoted.string.utf8)
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

    static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if case .string = Node.Scalar(text, style: .plain).resolved {} else { return false }
        if " -?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) || last == " " { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        return !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value > 0x7E }
    }

    private mutating func pad(_ indent: Int) {
        bytes.append(contentsOf: repeatElement(0x20, count: indent))
    }
}

extension String {
    /// Every `$` doubled, as `config` prints interpolated output.
    func replacingDollars() -> String {
        guard utf8.contains(UInt8(ascii: "$")) else { return self }
        var out: [UInt8] = []
        for byte in utf8 {
            out.append(byte)
            if byte == UInt8(ascii: "$") { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
