extension Interpolation {
    /// The six operators of a braced expression.
    enum Operator: Equatable {
        case defaultIfEmpty, defaultIfUnset, requireNonEmpty, requireSet, replaceIfNonEmpty, replaceIfSet

        /// Reads the operator starting at `index`, if one is there.
        init?(_ bytes: ArraySlice<UInt8>, at index: Int) {
            guard index < bytes.endIndex else { return nil }
            let colon = bytes[index] == UInt8(ascii: ":")
            let symbolIndex = colon ? index + 1 : index
            guard symbolIndex < bytes.endIndex else { return nil }
            switch (bytes[symbolIndex], colon) {
            case (UInt8(ascii: "-"), true): self = .defaultIfEmpty
            case (UInt8(ascii: "-"), false): self = .defaultIfUnset
            case (UInt8(ascii: "?"), true): self = .requireNonEmpty
            case (UInt8(ascii: "?"), false): self = .requireSet
            case (UInt8(ascii: "+"), true): self = .replaceIfNonEmpty
            case (UInt8(ascii: "+"), false): self = .replaceIfSet
            default: return nil
            }
        }

        /// The operator's length in bytes.
        var length: Int {
            switch self {
            case .defaultIfEmpty, .requireNonEmpty, .replaceIfNonEmpty: 2
            case .defaultIfUnset, .requireSet, .replaceIfSet: 1
            }
        }
    }

    /// ASCII bytes the grammar cares about.
    enum Byte {
        static let dollar = UInt8(ascii: "$")
        static let openBrace = UInt8(ascii: "{")
        static let closeBrace = UInt8(ascii: "}")
        static let newline = UInt8(ascii: "\n")

        /// `[_a-zA-Z]`.
        static func isNameStart(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "_") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
        }

        /// `[_a-zA-Z0-9]`.
        static func isName(_ byte: UInt8) -> Bool {
            isNameStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
    }
}

extension Interpolation.Engine {
    typealias Byte = Interpolation.Byte

    /// The end of the variable name starting at `start`.
    static func nameEnd(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.endIndex, Byte.isName(bytes[end]) {
            end += 1
        }
        return end
    }

    /// The last `}` between `start` and the end of its line: where the greedy `(.*)\}` stops.
    /// Every expression of a line asks this; the line's answer is kept, so a long line of
    /// expressions is read once rather than once per expression.
    mutating func lastBraceOnLine(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        if let line = lastLine, line.start <= start, start < line.end, line.bytesEnd == bytes.endIndex {
            return line.lastBrace.flatMap { $0 >= start ? $0 : nil }
        }
        let lineEnd = bytes[start...].firstIndex(of: Byte.newline) ?? bytes.endIndex
        let lastBrace = bytes[start..<lineEnd].lastIndex(of: Byte.closeBrace)
        lastLine = (start, lineEnd, bytes.endIndex, lastBrace)
        return lastBrace
    }

    /// compose-go's `getFirstBraceClosingIndex`: counts braces, skipping the byte after each `{`.
    static func firstClosingBrace(_ bytes: ArraySlice<UInt8>) -> Int? {
        var open = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == Byte.closeBrace {
                open -= 1
                if open == 0 { return index }
            }
            if bytes[index] == Byte.openBrace {
                open += 1
                index += 1
            }
            index += 1
        }
        return nil
    }
}
