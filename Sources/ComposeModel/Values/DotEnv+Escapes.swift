extension DotEnv {
    /// Applies the escapes of a double-quoted value: `\a \b \f \n \r \t \v \\ \"`, octal `\0NNN`, and `\$`
    /// (kept as `$$` so interpolation yields a literal `$`). A failed octal loses its `0` (`\08` → `\8`); anything
    /// else, `\c` included, stays as written.
    static func expandEscapes(_ value: String) -> String {
        guard value.unicodeScalars.contains("\\") else { return value }
        let scalars = Array(value.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "\\", index + 1 < scalars.count else {
                output.append(scalar)
                index += 1
                continue
            }
            let next = scalars[index + 1]
            if let simple = simpleEscape(next) {
                // One scalar at a time: `UnicodeScalarView.append(contentsOf:)` rebuilds the whole view
                // each call, which made a value of many escapes quadratic.
                for escaped in simple.unicodeScalars { output.append(escaped) }
                index += 2
            } else if next == "0" {
                var end = index + 2
                while end < scalars.count, end < index + 5, ("0"..."9").contains(scalars[end]) { end += 1 }
                let digits = scalars[(index + 2)..<end]
                if let octal = octalScalar(digits) {
                    output.append(octal)
                } else {
                    // Compose rewrote `\0` to `\` before trying to unquote, and keeps that rewrite on failure.
                    output.append("\\")
                    for digit in digits { output.append(digit) }
                }
                index = end
            } else {
                output.append(scalar)
                index += 1
            }
        }
        return String(output)
    }

    /// The text for `\x` when `x` is one of the single-letter escapes Compose matches.
    private static func simpleEscape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "a": "\u{07}"
        case "b": "\u{08}"
        case "c": "\\c"
        case "f": "\u{0C}"
        case "n": "\n"
        case "r": "\r"
        case "t": "\t"
        case "v": "\u{0B}"
        case "$": "$$"
        case "\"": "\""
        case "\\": "\\"
        default: nil
        }
    }

    /// Go's `UnquoteChar` on `\NNN`: exactly three octal digits worth at most 255.
    private static func octalScalar(_ digits: ArraySlice<Unicode.Scalar>) -> Unicode.Scalar? {
        guard digits.count == 3 else { return nil }
        var value: UInt32 = 0
        for digit in digits {
            guard ("0"..."7").contains(digit) else { return nil }
            value = value * 8 + (digit.value - 48)
        }
        return value <= 255 ? Unicode.Scalar(value) : nil
    }
}
