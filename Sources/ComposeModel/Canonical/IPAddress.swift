/// IP address syntax as Go's `net.ParseIP` accepts it: dotted IPv4, IPv6 with `::` and an
/// optional trailing dotted IPv4 part; no zones, no brackets.
enum IPAddress {
    /// Whether `text` is an IPv4 or IPv6 address.
    static func isValid(_ text: String) -> Bool {
        // A byte test: a `:` carrying a combining mark fails both checks anyway.
        text.utf8.contains(UInt8(ascii: ":")) ? isIPv6(text) : isIPv4(Substring(text))
    }

    /// Dotted-quad IPv4 without leading zeros, read as bytes.
    static func isIPv4(_ text: Substring) -> Bool {
        var parts = 0
        var digits = 0
        var value = 0
        var leadingZero = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard digits > 0 else { return false }
                parts += 1
                digits = 0
                value = 0
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 3 else { return false }
            if digits == 0 { leadingZero = byte == UInt8(ascii: "0") } else if leadingZero { return false }
            digits += 1
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            guard value <= 255 else { return false }
        }
        return parts == 3 && digits > 0
    }

    /// IPv6 with at most one `::` and an optional embedded IPv4 tail.
    static func isIPv6(_ text: String) -> Bool {
        var groups = 0
        var sawEllipsis = false
        var rest = Substring(text)
        if rest.hasPrefix("::") {
            sawEllipsis = true
            rest = rest.dropFirst(2)
            if rest.isEmpty { return true }
        }
        while !rest.isEmpty {
            let group = rest.prefix { $0 != ":" }
            if group.contains("."), group.endIndex == rest.endIndex {
                guard isIPv4(group) else { return false }
                groups += 2
                break
            }
            guard !group.isEmpty, group.count <= 4, group.allSatisfy(\.isHexDigit) else { return false }
            groups += 1
            rest = rest[group.endIndex...]
            if rest.isEmpty { break }
            rest = rest.dropFirst()
            if rest.hasPrefix(":") {
                guard !sawEllipsis else { return false }
                sawEllipsis = true
                rest = rest.dropFirst()
                if rest.isEmpty { break }
            } else if rest.isEmpty {
                return false
            }
        }
        return sawEllipsis ? groups < 8 : groups == 8
    }
}
