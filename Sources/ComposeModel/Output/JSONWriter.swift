import YAML

/// A hand-written JSON emitter over bytes: the `config --format json` hot path for thousands of
/// services, so no Foundation serialisation and no intermediate values.
struct JSONWriter {
    var bytes: [UInt8] = []
    let escapeDollars: Bool

    init(escapeDollars: Bool) {
        self.escapeDollars = escapeDollars
        bytes.reserveCapacity(1 << 16)
    }

    /// Writes `node`; `parent` is the key it sits under (nil at the top), deciding whether its
    /// `x-*` keys are extensions to drop.
    mutating func write(_ node: Node, depth: Int, parent: String?) {
        switch node.content {
        case .scalar:
            writeScalar(node)
        case .sequence(let items):
            guard !items.isEmpty else { return bytes.append(contentsOf: "[]".utf8) }
            bytes.append(UInt8(ascii: "["))
            // Go structs without json tags (blkio throttle and weight devices) print capitalised keys.
            let capitalize = parent.map { Self.untaggedStructLists.contains($0) } ?? false
            for (i, item) in items.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                write(item, depth: depth + 1, parent: capitalize ? Self.capitalizedKeys : nil)
            }
            newline(depth)
            bytes.append(UInt8(ascii: "]"))
        case .mapping(let mapping):
            let dropExtensions = depth > 0 && !(parent.map { ConfigRenderer.dataMaps.contains($0) } ?? false)
            let names = mapping.keys
            let capitalize = parent == Self.capitalizedKeys
            var written = 0
            for i in ConfigRenderer.sortedOrder(names) {
                if depth == 0 ? names[i] == "models" : dropExtensions && names[i].hasPrefix("x-") { continue }
                bytes.append(written == 0 ? UInt8(ascii: "{") : UInt8(ascii: ","))
                written += 1
                newline(depth + 1)
                let name = names[i]
                writeString(capitalize ? Self.capitalized(name) : name, dollars: false)
                bytes.append(contentsOf: ": ".utf8)
                let childParent = depth == 0 && name.hasPrefix("x-") ? "x-" : name
                write(mapping.entries[i].value, depth: depth + 1, parent: parent == "x-" ? "x-" : childParent)
            }
            guard written > 0 else { return bytes.append(contentsOf: "{}".utf8) }
            newline(depth)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    static let untaggedStructLists: Set<String> = [
        "device_read_bps", "device_write_bps", "device_read_iops", "device_write_iops", "weight_device",
    ]
    static let capitalizedKeys = "#capitalized"

    static func capitalized(_ key: String) -> String {
        key.prefix(1).uppercased() + key.dropFirst()
    }

    private mutating func newline(_ depth: Int) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func writeScalar(_ node: Node) {
        guard let scalar = node.scalar else { return }
        switch scalar.resolved(tag: node.tag) {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let value): bytes.append(contentsOf: String(value).utf8)
        case .float(let value): bytes.append(contentsOf: Self.goFloat(value).utf8)
        case .string(let text): writeString(text, dollars: escapeDollars)
        }
    }

    /// Go's `encoding/json` float form: integral values without a fraction, non-finite as strings
    /// (Go refuses them; Compose prints durations and sizes as strings anyway).
    static func goFloat(_ value: Double) -> String {
        if !value.isFinite { return value > 0 ? "\"+Inf\"" : (value < 0 ? "\"-Inf\"" : "\"NaN\"") }
        if value == value.rounded(), abs(value) < 1e21 { return String(Int64(value)) }
        return String(value)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    mutating func writeString(_ text: String, dollars: Bool) {
        var text = text
        text.withUTF8 { utf8 in writeString(utf8: utf8, dollars: dollars) }
    }

    /// `writeString` over the string's contiguous UTF-8 bytes.
    private mutating func writeString(utf8: UnsafeBufferPointer<UInt8>, dollars: Bool) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escaping: copy them whole.
        var plain = true
        for byte in utf8
        where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xE2
            || (dollars && byte == 0x24)
        {
            plain = false
            break
        }
        if plain {
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case UInt8(ascii: "$") where dollars: bytes.append(contentsOf: [0x24, 0x24])
            case 0..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 15)]])
            case 0xE2 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                bytes.append(contentsOf: "\\u202".utf8)
                bytes.append(utf8[i + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
                i += 2
            default: bytes.append(byte)
            }
            i += 1
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
