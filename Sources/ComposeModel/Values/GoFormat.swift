/// Go's `fmt`/`strconv` text for scalars, used where Compose turns YAML numbers and booleans into strings.
package enum GoFormat {
    /// `fmt.Sprint` of an `int`/`int64`.
    package static func int(_ value: Int64) -> String {
        String(value)
    }

    /// `fmt.Sprint` of a `uint64` (go-yaml yields one for integers above `Int64.max`).
    package static func uint(_ value: UInt64) -> String {
        String(value)
    }

    /// `fmt.Sprint` of a `bool`.
    package static func bool(_ value: Bool) -> String {
        value ? "true" : "false"
    }

    /// `fmt.Sprint` of a `float64` (`%v`, i.e. `strconv.FormatFloat(f, 'g', -1, 64)`):
    /// `1.0` → `1`, `1e6` → `1e+06`, `0.0001` → `0.0001`, `1e-05`, `+Inf`, `-Inf`, `NaN`, `-0`.
    package static func float(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        let exponent = shortestDigits(value.magnitude).point - 1
        return exponent < -4 || exponent >= 6 ? scientific(value) : positional(value)
    }

    /// go-yaml's float form: `%v` with its own spellings of the non-finite values.
    package static func yamlFloat(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
        return float(value)
    }

    /// `encoding/json`'s float64 form: positional from 1e-6 up to 1e21, else `1e+21`, `1e-7` (no
    /// exponent padding). Non-finite values, which Go refuses, are written as quoted `%v` text.
    package static func jsonFloat(_ value: Double) -> String {
        if !value.isFinite { return "\"" + float(value) + "\"" }
        let magnitude = value.magnitude
        guard magnitude != 0, magnitude < 1e-6 || magnitude >= 1e21 else { return positional(value) }
        // encoding/json trims `e-07` to `e-7`, but leaves positive exponents (all ≥ 21 here) alone.
        return scientific(value, padsNegativeExponent: false)
    }

    /// `strconv.FormatFloat(f, 'e', -1, 64)`: shortest digits, a two-digit exponent at least.
    private static func scientific(_ value: Double, padsNegativeExponent: Bool = true) -> String {
        let (digits, point) = shortestDigits(value.magnitude)
        let sign = value.sign == .minus ? "-" : ""
        guard let first = digits.first else { return sign + "0e+00" }
        var text = sign + String(first)
        if digits.count > 1 {
            text += "." + digits.dropFirst()
        }
        let exponent = point - 1
        let magnitude = abs(exponent)
        let pad = magnitude < 10 && (exponent >= 0 || padsNegativeExponent)
        return text + (exponent < 0 ? "e-" : "e+") + (pad ? "0" : "") + String(magnitude)
    }

    /// `strconv.FormatFloat(f, 'f', -1, 64)`: shortest digits, no exponent.
    private static func positional(_ value: Double) -> String {
        let (digits, point) = shortestDigits(value.magnitude)
        let sign = value.sign == .minus ? "-" : ""
        if digits.isEmpty { return sign + "0" }
        if point <= 0 {
            return sign + "0." + String(repeating: "0", count: -point) + digits
        }
        if point >= digits.count {
            return sign + digits + String(repeating: "0", count: point - digits.count)
        }
        let split = digits.index(digits.startIndex, offsetBy: point)
        return sign + digits[..<split] + "." + digits[split...]
    }

    /// The shortest round-trip decimal digits of a finite non-negative `value` (no leading or trailing
    /// zeros) and the decimal point position: value = 0.digits × 10^point. Zero gives `("", 0)`.
    static func shortestDigits(_ value: Double) -> (digits: String, point: Int) {
        // Swift's description prints the shortest round-trip digits, as Go's 'g' with precision -1 does.
        let text = value.description
        var digits = ""
        var point = 0
        var seenPoint = false
        var exponent = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "e" || character == "E" {
                exponent = Int(text[text.index(after: index)...]) ?? 0
                break
            }
            if character == "." {
                seenPoint = true
            } else if let digit = character.wholeNumberValue {
                if digits.isEmpty && digit == 0 {
                    if seenPoint { point -= 1 }
                } else {
                    digits.append(character)
                    if !seenPoint { point += 1 }
                }
            }
            index = text.index(after: index)
        }
        while digits.last == "0" {
            digits.removeLast()
        }
        return digits.isEmpty ? ("", 0) : (digits, point + exponent)
    }
}
