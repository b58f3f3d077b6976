/// What FoundationEssentials lacks of Foundation's string API (full Foundation links 35 MB of ICU data).
extension StringProtocol {
    /// The text without leading and trailing white space: Foundation's `trimmingCharacters(in:)` with
    /// `.whitespacesAndNewlines`, or with `.whitespaces` (spaces and tab only) when `newlines` is false.
    package func trimmingWhitespace(newlines: Bool = true) -> String {
        let isSpace = { (scalar: Unicode.Scalar) in
            newlines ? scalar.properties.isWhitespace : scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// The text percent-encoded as Foundation's `addingPercentEncoding(withAllowedCharacters:)`: every
    /// UTF-8 byte of a character outside `allowed` (ASCII) as `%XX`, upper-case hex.
    package func percentEncoded(allowing allowed: Set<UInt8>) -> String {
        var out = ""
        for byte in utf8 {
            if allowed.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xf, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
