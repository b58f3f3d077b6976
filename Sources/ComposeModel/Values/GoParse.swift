/// Go's `strconv.ParseFloat` and `strconv.ParseInt`, with their error texts.
package enum GoParse {
    /// `strconv.ParseFloat(s, 64)`: decimal or `0x…p…` hexadecimal, `inf`/`infinity`/`nan`, underscores only
    /// after a base prefix. Fails with `strconv.ParseFloat: parsing "s": invalid syntax` or `value out of range`.
    package static func float(_ s: String) throws(ValueError) -> Double {
        let syntax = ValueError("strconv.ParseFloat: parsing \(GoFormat.quote(s)): invalid syntax")
        if let special = special(s) { return special }
        guard isFloatSyntax(Array(s.utf8)) else { throw syntax }
        let cleaned = s.replacingUnderscores()
        guard let value = Double(cleaned) else { throw syntax }
        if value.isInfinite {
            throw ValueError("strconv.ParseFloat: parsing \(GoFormat.quote(s)): value out of range")
        }
        return value
    }

    /// `strconv.ParseInt(s, base, 64)` for a base from 2 to 36 (no prefixes, no underscores).
    package static func int(_ s: String, base: Int) throws(ValueError) -> Int64 {
        let quoted = GoFormat.quote(s)
        var digits = Substring(s)
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        var magnitude: UInt64 = 0
        var overflow = false
        guard !digits.isEmpty else { throw ValueError("strconv.ParseInt: parsing \(quoted): invalid syntax") }
        for scalar in digits.unicodeScalars {
            guard let digit = Self.digit(scalar), digit < base else {
                throw ValueError("strconv.ParseInt: parsing \(quoted): invalid syntax")
            }
            let (times, overflowA) = magnitude.multipliedReportingOverflow(by: UInt64(base))
            let (sum, overflowB) = times.addingReportingOverflow(UInt64(digit))
            overflow = overflow || overflowA || overflowB
            magnitude = sum
        }
        let limit: UInt64 = negative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
        guard !overflow, magnitude <= limit else {
            throw ValueError("strconv.ParseInt: parsing \(quoted): value out of range")
        }
        return negative ? Int64(truncatingIfNeeded: 0 &- magnitude) : Int64(magnitude)
    }

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "0"..."9": Int(scalar.value - 48)
        case "a"..."z": Int(scalar.value - 97 + 10)
        case "A"..."Z": Int(scalar.value - 65 + 10)
        default: nil
        }
    }

    /// Go's `special`: an optional sign then `inf` or `infinity`, or a bare `nan`, any case.
    private static func special(_ s: String) -> Double? {
        var body = Substring(s.lowercased())
        var sign = 1.0
        if let first = body.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            body = body.dropFirst()
        } else if body == "nan" {
            return .nan
        }
        return body == "inf" || body == "infinity" ? sign * .infinity : nil
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        contains("_") ? String(unicodeScalars.filter { $0 != "_" }.map(Character.init)) : self
    }
}
