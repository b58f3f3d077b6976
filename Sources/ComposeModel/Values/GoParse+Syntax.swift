extension GoParse {
    /// Whether `bytes` is a well-formed Go float literal (the grammar of `strconv.readFloat`), not counting
    /// the `inf`/`nan` spellings.
    static func isFloatSyntax(_ bytes: [UInt8]) -> Bool {
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        var hex = false
        if index + 2 < bytes.count, bytes[index] == UInt8(ascii: "0"), bytes[index + 1] | 0x20 == UInt8(ascii: "x") {
            hex = true
            index += 2
        }
        let mantissaStart = index
        var sawDot = false
        var sawDigits = false
        var underscores = false
        mantissa: while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "_"): underscores = true
            case UInt8(ascii: "."):
                if sawDot { break mantissa }
                sawDot = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigits = true
            case _ where hex && (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20): sawDigits = true
            default: break mantissa
            }
            index += 1
        }
        guard sawDigits else { return false }
        let exponentMark = hex ? UInt8(ascii: "p") : UInt8(ascii: "e")
        if index < bytes.count, bytes[index] | 0x20 == exponentMark {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else {
                return false
            }
            while index < bytes.count,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) || bytes[index] == UInt8(ascii: "_")
            {
                if bytes[index] == UInt8(ascii: "_") { underscores = true }
                index += 1
            }
        } else if hex {
            return false
        }
        guard index == bytes.count else { return false }
        return !underscores || (hex && underscoresSeparateDigits(bytes[mantissaStart...]))
    }

    /// Go's `underscoreOK` after a base prefix: each `_` sits between two digits (the prefix counts as one).
    private static func underscoresSeparateDigits(_ bytes: ArraySlice<UInt8>) -> Bool {
        var previousIsDigit = true
        for byte in bytes {
            if byte == UInt8(ascii: "_") {
                guard previousIsDigit else { return false }
                previousIsDigit = false
            } else {
                let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
                if !previousIsDigit && !isDigit { return false }
                previousIsDigit = isDigit
            }
        }
        return previousIsDigit
    }
}
