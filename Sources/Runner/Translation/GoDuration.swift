/// Go duration strings (`1m30s`, `500ms`, `1.5h`) as Compose writes them.
import Foundation

enum GoDuration {
    private static let units: [(String, Double)] = [
        ("ns", 1), ("us", 1e3), ("µs", 1e3), ("μs", 1e3), ("ms", 1e6), ("s", 1e9), ("m", 60e9), ("h", 3600e9),
    ]

    /// Nanoseconds in `text`, or nil when it is not a duration.
    static func nanoseconds(_ text: String) -> Int64? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if rest.first == "-" || rest.first == "+" {
            negative = rest.first == "-"
            rest = rest.dropFirst()
        }
        if rest == "0" { return 0 }
        guard !rest.isEmpty else { return nil }
        var total = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isNumber || $0 == "." }
            guard !number.isEmpty, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            let unitText = rest.prefix { !$0.isNumber && $0 != "." }
            guard let unit = units.filter({ unitText == $0.0 }).first else { return nil }
            rest = rest.dropFirst(unitText.count)
            total += value * unit.1
        }
        guard total < Double(Int64.max) else { return nil }
        return Int64(negative ? -total : total)
    }

    /// Whole seconds in `text`, rounded down, or nil when it is not a duration.
    static func seconds(_ text: String) -> Int? {
        nanoseconds(text).map { Int($0 / 1_000_000_000) }
    }
}
