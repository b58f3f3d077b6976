import ComposeModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `logs --since`/`--until` value turned into what the daemon accepts (Unix seconds), read as the docker
/// client reads it for Docker Compose (moby `api/types/time.GetTimestamp`): a Go duration before `now`
/// (`10m`, `1h30m`), an RFC 3339 time or date with or without fraction and zone (no zone: `timeZone`'s
/// offset now, the local zone's by default), or Unix seconds with an optional fraction, passed on as they are.
package enum LogTimestamp {
    /// The daemon form of `value`: `1733443200` for a duration, `1733443200.000000000` for a time, or
    /// `value` itself for Unix seconds.
    package static func daemonValue(_ value: String, now: Date = Date(), timeZone: TimeZone? = nil) throws(LogTimestampError) -> String {
        // Go's time.ParseDuration has no `d` or `w` units, which Compose's durations elsewhere accept.
        if value != "0", !value.contains(where: { $0 == "d" || $0 == "w" }), let duration = try? GoDuration.parse(value) {
            let nanoseconds = Int64((now.timeIntervalSince1970 * 1e9).rounded(.down)) - duration.nanoseconds
            return String(floorDivide(nanoseconds, 1_000_000_000))
        }
        // A Z, a + or three dashes mean the value names its zone; otherwise it is read in the local one.
        let local = !(value.contains { "zZ+".contains($0) } || value.count { $0 == "-" } == 3)
        let layout: String
        if value.contains(".") {
            layout = local ? "2006-01-02T15:04:05.999999999" : "2006-01-02T15:04:05.999999999Z07:00"
        } else if value.contains("T") {
            var colons = value.count { $0 == ":" }
            // An offset (not Z) brings a colon of its own.
            if !local, !value.contains(where: { $0 == "z" || $0 == "Z" }), colons > 0 { colons -= 1 }
            let time = colons == 0 ? "15" : colons == 1 ? "15:04" : "15:04:05"
            layout = "2006-01-02T" + time + (local ? "" : "Z07:00")
        } else {
            layout = local ? "2006-01-02" : "2006-01-02Z07:00"
        }
        do {
            let offset = local ? timeZone?.secondsFromGMT(for: now) ?? localOffset(at: now) : nil
            let (seconds, nanoseconds) = try GoTimeParser(layout: layout, value: value).unixTime(localOffset: offset ?? 0)
            return "\(seconds)." + String(repeating: "0", count: 9 - String(nanoseconds).count) + String(nanoseconds)
        } catch {
            // With a dash it was meant as a time, and the parser's complaint says what is wrong with it.
            if value.contains("-") { throw error }
            guard isUnixTimestamp(value) else { throw .unparsable(value) }
            return value
        }
    }

    /// Go's `strconv.ParseInt` on the whole seconds and on the fraction after a first `.`.
    private static func isUnixTimestamp(_ value: String) -> Bool {
        let parts = value.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            let digits = part.first == "+" || part.first == "-" ? part.dropFirst() : part[...]
            return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber) && Int64(digits) != nil
        }
    }

    /// The local zone's offset from UTC at `date`, from the C library (`TZ`, /etc/localtime), as Go's
    /// `time.Local`: FoundationEssentials' `TimeZone.current` is UTC unless full Foundation (ICU) is linked.
    private static func localOffset(at date: Date) -> Int {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff)
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }
}

/// Why a `--since`/`--until` value was refused, in the docker client's words.
package enum LogTimestampError: Error, Equatable, CustomStringConvertible {
    /// Neither a duration, a time nor Unix seconds.
    case unparsable(String)
    /// A time Go's layout parser rejects: `cannot parse "x" as "01"`, `month out of range`, …
    case badTime(value: String, layout: String?, reason: String)

    package var description: String {
        switch self {
        case .unparsable(let value): "failed to parse value as time or duration: \"\(value)\""
        case .badTime(let value, let layout?, let reason): "parsing time \"\(value)\" as \"\(layout)\": \(reason)"
        case .badTime(let value, nil, let reason): "parsing time \"\(value)\": \(reason)"
        }
    }
}
