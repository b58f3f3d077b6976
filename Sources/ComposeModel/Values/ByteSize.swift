/// Compose memory sizes (`mem_limit`, `shm_size`, ...): go-units `RAMInBytes`.
package enum ByteSize {
    /// Parses `1gb`, `64m`, `1.5g`, `1KiB`, `1 g`, `512` (bytes); suffixes are binary and case-insensitive.
    /// Negative sizes are rejected (`invalid size: '-1'`; an integer `-1` in YAML never reaches here).
    /// Sizes beyond `Int64` give `Int64.min`, as Go's conversion does on amd64.
    package static func parse(_ s: String) throws(ValueError) -> Int64 {
        let scalars = Array(s.unicodeScalars)
        guard let separator = scalars.lastIndex(where: { ("0"..."9").contains($0) || $0 == "." || $0 == " " }) else {
            throw ValueError("invalid size: '\(s)'")
        }
        let number = Self.string(scalars[..<(scalars[separator] == " " ? separator : separator + 1)])
        let suffix = Self.string(scalars[(separator + 1)...])
        var size = try GoParse.float(number)
        if size < 0 {
            throw ValueError("invalid size: '\(s)'")
        }
        guard !suffix.isEmpty else { return truncate(size) }
        guard suffix.utf8.count <= 3 else { throw ValueError("invalid suffix: '\(suffix)'") }
        let lowered = suffix.lowercased()
        let badSuffix = ValueError("invalid suffix: '\(lowered)'")
        let letters = Array(lowered.unicodeScalars)
        if letters.first == "b" {
            guard letters.count == 1 else { throw badSuffix }
            return truncate(size)
        }
        guard let first = letters.first, let exponent = multipliers[first] else { throw badSuffix }
        size *= Double(Int64(1) << (10 * exponent))
        let tail = String(String.UnicodeScalarView(letters.dropFirst()))
        guard tail.isEmpty || tail == "b" || tail == "ib" else { throw badSuffix }
        return truncate(size)
    }

    /// Powers of 1024 per suffix letter.
    private static let multipliers: [Unicode.Scalar: Int] = ["k": 1, "m": 2, "g": 3, "t": 4, "p": 5]

    /// Go's `int64(f)` on amd64: truncation, or `Int64.min` when out of range or NaN.
    static func truncate(_ value: Double) -> Int64 {
        guard value.isFinite, value >= -9.223372036854775808e18, value < 9.223372036854775808e18 else {
            return Int64.min
        }
        return Int64(value)
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }
}
