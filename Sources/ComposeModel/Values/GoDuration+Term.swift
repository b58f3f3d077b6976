extension GoDuration {
    /// One `<number>[.<fraction>]<unit>` term, in nanoseconds.
    enum Term {
        /// Consumes a term from `bytes`; `nil` means Go's generic `invalid duration`.
        static func reading(_ bytes: inout ArraySlice<UInt8>, in text: String) throws(ValueError) -> Int64? {
            guard let first = bytes.first, first == UInt8(ascii: ".") || isDigit(first) else { return nil }
            let integerStart = bytes.startIndex
            var whole: Int64 = 0
            while let byte = bytes.first, isDigit(byte) {
                let (times, overflowA) = whole.multipliedReportingOverflow(by: 10)
                let (sum, overflowB) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
                guard !overflowA, !overflowB else { return nil }
                whole = sum
                bytes = bytes.dropFirst()
            }
            let hasInteger = bytes.startIndex != integerStart
            var fraction: Int64 = 0
            var scale = 1.0
            var hasFraction = false
            if bytes.first == UInt8(ascii: ".") {
                bytes = bytes.dropFirst()
                var overflow = false
                while let byte = bytes.first, isDigit(byte) {
                    hasFraction = true
                    bytes = bytes.dropFirst()
                    // Like Go, stop accumulating precision once the fraction would overflow.
                    guard !overflow else { continue }
                    let (times, overflowA) = fraction.multipliedReportingOverflow(by: 10)
                    let (next, overflowB) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
                    if overflowA || overflowB {
                        overflow = true
                    } else {
                        fraction = next
                        scale *= 10
                    }
                }
            }
            guard hasInteger || hasFraction else { return nil }
            let unitBytes = bytes.prefix { $0 != UInt8(ascii: ".") && !isDigit($0) }
            bytes = bytes.dropFirst(unitBytes.count)
            guard !unitBytes.isEmpty else { throw ValueError("time: missing unit in duration \"\(text)\"") }
            let unitName = String(decoding: unitBytes, as: UTF8.self)
            guard let unit = GoDuration.units[unitName] else {
                throw ValueError("time: unknown unit \"\(unitName)\" in duration \"\(text)\"")
            }
            guard whole <= Int64.max / unit else { return nil }
            var nanoseconds = whole * unit
            if fraction > 0 {
                // Go adds int64(float64(f) * (float64(unit) / scale)); the product stays below 2^63.
                let extra = Double(fraction) * (Double(unit) / scale)
                guard extra < 9.2e18 else { return nil }
                let (sum, overflow) = nanoseconds.addingReportingOverflow(Int64(extra))
                guard !overflow else { return nil }
                nanoseconds = sum
            }
            return nanoseconds
        }

        private static func isDigit(_ byte: UInt8) -> Bool {
            byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        }
    }
}
