extension GoDuration {
    /// Go's `time.Duration.String()`: `1m30s`, `1h0m0s`, `219h0m0s`, `500ms`, `1.5µs`, `-1h30m0s`, `0s`.
    package var description: String {
        let magnitude = nanoseconds.magnitude
        let sign = nanoseconds < 0 ? "-" : ""
        if magnitude == 0 { return "0s" }
        if magnitude < 1_000_000_000 {
            let (unit, digits): (String, Int) =
                switch magnitude {
                case ..<1_000: ("ns", 0)
                case ..<1_000_000: ("µs", 3)
                default: ("ms", 6)
                }
            return sign + Self.decimal(magnitude, fractionDigits: digits) + unit
        }
        let seconds = magnitude / 1_000_000_000
        let fraction = Self.decimal(magnitude % 1_000_000_000 + (seconds % 60) * 1_000_000_000, fractionDigits: 9)
        let minutes = seconds / 60
        guard minutes > 0 else { return sign + fraction + "s" }
        guard minutes >= 60 else { return sign + "\(minutes)m" + fraction + "s" }
        return sign + "\(minutes / 60)h\(minutes % 60)m" + fraction + "s"
    }

    /// `value / 10^fractionDigits` in decimal, trailing zeros and a bare point dropped (Go's `fmtFrac`).
    private static func decimal(_ value: UInt64, fractionDigits: Int) -> String {
        var divisor: UInt64 = 1
        for _ in 0..<fractionDigits { divisor *= 10 }
        let whole = value / divisor
        var fraction = value % divisor
        guard fraction > 0 else { return String(whole) }
        var digits = fractionDigits
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let text = String(fraction)
        return "\(whole)." + String(repeating: "0", count: digits - text.count) + text
    }
}
