extension Node.Scalar {
    /// The scalar's meaning with no explicit tag: plain scalars follow go-yaml v3's resolution,
    /// quoted and block scalars are always strings.
    package var resolved: Resolved {
        style == .plain ? Self.resolve(plain: text) : .string(text)
    }

    /// The scalar's meaning under `tag`: `!!str` forces a string; `!!int`, `!!float`, `!!bool`
    /// and `!!null` force their type when the text parses as one (else it stays a string);
    /// any other tag (`!reset`, ...) does not change the meaning.
    package func resolved(tag: String?) -> Resolved {
        guard let tag, tag.hasPrefix(Self.coreTagPrefix) else { return resolved }
        let forced = Self.resolve(plain: text)
        switch (tag.dropFirst(Self.coreTagPrefix.count), forced) {
        case ("str", _): return .string(text)
        case ("int", .int), ("int", .uint), ("float", .float), ("bool", .bool), ("null", .null): return forced
        case ("float", .int(let value)): return .float(Double(value))
        case ("float", .uint(let value)): return .float(Double(value))
        case ("int", _), ("float", _), ("bool", _), ("null", _): return .string(text)
        default: return resolved
        }
    }

    private static let coreTagPrefix = "tag:yaml.org,2002:"

    /// go-yaml v3's `resolve` for an untagged plain scalar, without timestamps. Like go-yaml, `09`
    /// (not valid octal) ends up a float through the float pattern.
    static func resolve(plain text: String) -> Resolved {
        guard let first = text.utf8.first else { return .null }
        guard mayStartNonString(first) else { return .string(text) }
        // Byte-level from here: this runs for every plain scalar in every pass that reads a value.
        var bytes = text
        let typed = bytes.withUTF8 { utf8 -> Resolved? in
            if let special = special(utf8) { return special }
            switch first {
            case UInt8(ascii: "."):
                if isYAMLFloat(utf8), let value = Double(text) { return .float(value) }
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard utf8.contains(UInt8(ascii: "_")) else { return number(utf8) }
                // go-yaml drops `_` digit separators before parsing a number.
                return utf8.filter { $0 != UInt8(ascii: "_") }.withUnsafeBufferPointer(number)
            default:
                break
            }
            return nil
        }
        return typed ?? .string(text)
    }

    /// Whether a plain scalar starting with `byte` can be a null, bool or number: most plain
    /// scalars are words or paths, and any other first byte makes them strings at once.
    package static func mayStartNonString(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
            UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
            UInt8(ascii: "f"), UInt8(ascii: "F"):
            true
        default:
            false
        }
    }

    /// An int or float spelled by `digits`, or nil.
    private static func number(_ digits: UnsafeBufferPointer<UInt8>) -> Resolved? {
        if let value = goInt(digits) { return value }
        if isYAMLFloat(digits), let value = Double(String(decoding: digits, as: UTF8.self)) { return .float(value) }
        return nil
    }

    /// The null, bool, infinity and NaN spellings (at most 5 bytes, none starting with a digit).
    private static func special(_ utf8: UnsafeBufferPointer<UInt8>) -> Resolved? {
        guard utf8.count <= 5, let first = utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            return nil
        }
        func equals(_ word: StaticString) -> Bool {
            word.utf8CodeUnitCount == utf8.count
                && word.withUTF8Buffer { $0.elementsEqual(utf8) }
        }
        switch first {
        case UInt8(ascii: "~"):
            return utf8.count == 1 ? .null : nil
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            return equals("null") || equals("Null") || equals("NULL") ? .null : nil
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            return equals("true") || equals("True") || equals("TRUE") ? .bool(true) : nil
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            return equals("false") || equals("False") || equals("FALSE") ? .bool(false) : nil
        case UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"):
            if equals(".inf") || equals(".Inf") || equals(".INF") || equals("+.inf") || equals("+.Inf") || equals("+.INF") {
                return .float(.infinity)
            }
            if equals("-.inf") || equals("-.Inf") || equals("-.INF") { return .float(-.infinity) }
            if equals(".nan") || equals(".NaN") || equals(".NAN") { return .float(.nan) }
            return nil
        default:
            return nil
        }
    }

    /// Go's `strconv.ParseInt(s, 0, 64)`, falling back to `ParseUint` as go-yaml does: sign, then
    /// `0x`, `0o`, `0b` or a bare leading `0` for octal.
    private static func goInt(_ bytes: UnsafeBufferPointer<UInt8>) -> Resolved? {
        var rest = bytes[...]
        let negative = rest.first == UInt8(ascii: "-")
        if negative || rest.first == UInt8(ascii: "+") { rest = rest.dropFirst() }
        var radix: UInt64 = 10
        if rest.count > 1, rest.first == UInt8(ascii: "0") {
            switch rest[rest.startIndex + 1] | 0x20 {
            case UInt8(ascii: "x"): radix = 16; rest = rest.dropFirst(2)
            case UInt8(ascii: "o"): radix = 8; rest = rest.dropFirst(2)
            case UInt8(ascii: "b"): radix = 2; rest = rest.dropFirst(2)
            default: radix = 8; rest = rest.dropFirst()
            }
        }
        guard !rest.isEmpty else { return nil }
        var magnitude: UInt64 = 0
        for byte in rest {
            guard let digit = digitValue(byte), digit < radix else { return nil }
            let (shifted, overflow1) = magnitude.multipliedReportingOverflow(by: radix)
            let (sum, overflow2) = shifted.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            magnitude = sum
        }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return .int(magnitude == UInt64(Int64.max) + 1 ? .min : -Int64(magnitude))
        }
        if magnitude <= UInt64(Int64.max) { return .int(Int64(magnitude)) }
        // ParseUint accepts no sign, so only an unsigned spelling gets here.
        return bytes.first == UInt8(ascii: "+") ? nil : .uint(magnitude)
    }

    private static func digitValue(_ byte: UInt8) -> UInt64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt64(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// go-yaml's float pattern: `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`.
    private static func isYAMLFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = bytes.startIndex
        func digits() -> Int {
            let start = i
            while i < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
            return i - start
        }
        func skip(_ characters: String) -> Bool {
            guard i < bytes.endIndex, characters.utf8.contains(bytes[i]) else { return false }
            i += 1
            return true
        }
        _ = skip("+-")
        if skip(".") {
            guard digits() > 0 else { return false }
        } else {
            guard digits() > 0 else { return false }
            if skip(".") { _ = digits() }
        }
        if skip("eE") {
            _ = skip("+-")
            guard digits() > 0 else { return false }
        }
        return i == bytes.endIndex
    }
}

extension Node {
    /// The scalar's meaning under its tag (see `Scalar.resolved(tag:)`); nil for collections.
    package var resolved: Scalar.Resolved? { scalar?.resolved(tag: tag) }
}
