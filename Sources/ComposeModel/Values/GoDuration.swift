/// A Compose duration (`healthcheck.interval`, `stop_grace_period`, ...): Go's `time.Duration` in nanoseconds,
/// parsed by str2duration (Go units plus `d` and `w`) and printed like Go's `Duration.String()`.
package struct GoDuration: Hashable, Sendable, CustomStringConvertible {
    /// The length in nanoseconds.
    package var nanoseconds: Int64

    /// Creates a duration of `nanoseconds`.
    package init(nanoseconds: Int64) {
        self.nanoseconds = nanoseconds
    }

    /// Parses `1w2d3h`, `1.5s`, `-90m`, `500ms`, `10us`/`10µs`; `nil` where `parse` throws.
    package init?(parsing text: String) {
        guard let duration = try? Self.parse(text) else { return nil }
        self = duration
    }

    /// Parses like str2duration `ParseDuration`, failing with Go's messages: `time: missing unit in duration "10"`,
    /// `time: invalid duration "x"`, `time: unknown unit "y" in duration "1y"`.
    package static func parse(_ text: String) throws(ValueError) -> GoDuration {
        let invalid = ValueError("time: invalid duration \"\(text)\"")
        var bytes = Array(text.utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        if bytes.elementsEqual("0".utf8) { return GoDuration(nanoseconds: 0) }
        guard !bytes.isEmpty else { throw invalid }
        var total: Int64 = 0
        while !bytes.isEmpty {
            guard let term = try Term.reading(&bytes, in: text) else { throw invalid }
            let (sum, overflow) = total.addingReportingOverflow(term)
            guard !overflow else { throw invalid }
            total = sum
        }
        return GoDuration(nanoseconds: negative ? -total : total)
    }

    /// Nanoseconds per unit name.
    static let units: [String: Int64] = [
        "ns": 1, "us": 1_000, "µs": 1_000, "μs": 1_000, "ms": 1_000_000, "s": 1_000_000_000,
        "m": 60_000_000_000, "h": 3_600_000_000_000, "d": 86_400_000_000_000, "w": 604_800_000_000_000,
    ]
}
