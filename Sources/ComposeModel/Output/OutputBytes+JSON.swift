extension OutputBytes {
    /// `text` as a JSON string the way Go's `encoding/json` writes it: `"` and `\` escaped,
    /// control characters, the HTML-sensitive `<>&` and U+2028/U+2029 as `\u` escapes, and
    /// every `$` doubled when `dollars` is set.
    mutating func appendQuoted(_ text: String, dollars: Bool) {
        var text = text
        text.withUTF8 { appendQuoted(utf8: $0, dollars: dollars) }
    }

    /// `appendQuoted` over contiguous UTF-8 bytes.
    mutating func appendQuoted(utf8: UnsafeBufferPointer<UInt8>, dollars: Bool) {
        append(UInt8(ascii: "\""))
        // Bit n set: byte n (below 64) needs escaping. Most strings need none and are copied whole.
        let low: UInt64 = 0xFFFF_FFFF | 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E | (dollars ? 1 << 0x24 : 0)
        if utf8.contains(where: { $0 < 64 ? low >> $0 & 1 != 0 : $0 == 0x5C || $0 == 0xE2 }) {
            appendEscaped(utf8, dollars: dollars)
        } else {
            append(utf8)
        }
        append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, dollars: Bool) {
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case UInt8(ascii: "$") where dollars: append("$$")
            case 0..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                append("\\u00")
                append(Self.hexDigit(byte >> 4))
                append(Self.hexDigit(byte & 15))
            case 0xE2 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                if utf8[i + 2] == 0xA8 { append("\\u2028") } else { append("\\u2029") }
                i += 2
            default: append(byte)
            }
            i += 1
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
