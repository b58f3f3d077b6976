import YAML

extension ConfigRenderer {
    /// What an untagged scalar resolves to, when one look at its bytes tells: the writers ask
    /// this first and fall back to `Node.Scalar.resolved` (which has the last word) on nil.
    enum Shortcut: Equatable {
        case string
        case int(Int64)
    }

    /// The shortcut for `scalar`: quoted and block scalars are strings; so is plain text that
    /// starts with a byte no null, bool or number starts with, or holds a byte none of them
    /// holds (they are spelled with letters, digits and `._+-~` only). Plain decimal digits
    /// without a leading zero (octal) are an int.
    static func shortcut(_ scalar: Node.Scalar) -> Shortcut? {
        guard scalar.style == .plain else { return .string }
        var text = scalar.text
        return text.withUTF8 { shortcut(plain: $0) }
    }

    /// `shortcut` for a plain scalar's UTF-8 bytes.
    static func shortcut(plain utf8: UnsafeBufferPointer<UInt8>) -> Shortcut? {
        guard let first = utf8.first else { return nil }
        guard Node.Scalar.mayStartNonString(first) else { return .string }
        var value: Int64 = 0
        var digitsOnly = true
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = value &* 10 &+ Int64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "~"):
                digitsOnly = false
            default:
                return .string
            }
        }
        // 18 digits cannot overflow; longer numbers take the full route.
        guard digitsOnly, utf8.count <= 18, first != UInt8(ascii: "0") || utf8.count == 1 else { return nil }
        return .int(value)
    }
}
