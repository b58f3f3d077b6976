#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EngineAPI

/// A whole second in the C library's local zone (`TZ`, /etc/localtime), as Go's `time.Local` shows it.
/// FoundationEssentials has no `DateFormatter`, and its `TimeZone.current` is UTC unless full Foundation (ICU)
/// is linked.
struct LocalTime {
    /// `2026-12-06`.
    var date: String
    /// `10:00:00`.
    var time: String
    /// Seconds east of UTC.
    var offset: Int
    /// The zone's abbreviation: `UTC`, `CET`.
    var abbreviation: String

    init(seconds: Int64) {
        var value = time_t(seconds)
        var parts = tm()
        if localtime_r(&value, &parts) == nil { gmtime_r(&value, &parts) }
        let two = { (number: Int32) in String(number).zeroPadded(to: 2) }
        date = "\(String(parts.tm_year + 1900).zeroPadded(to: 4))-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
        time = "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
        offset = Int(parts.tm_gmtoff)
        abbreviation = parts.tm_zone.map { String(cString: $0) } ?? "UTC"
    }

    /// The RFC 3339 zone: `Z` or `+01:00`.
    var rfc3339Zone: String { offset == 0 ? "Z" : zone(separator: ":") }

    /// Go's `Time.String()` of a whole second, what the docker CLI prints as `CreatedAt`:
    /// `2026-12-06 10:00:00 +0100 CET`.
    var goString: String { "\(date) \(time) \(zone(separator: "")) \(abbreviation)" }

    private func zone(separator: String) -> String {
        let minutes = abs(offset) / 60
        return (offset < 0 ? "-" : "+") + String(minutes / 60).zeroPadded(to: 2) + separator + String(minutes % 60).zeroPadded(to: 2)
    }
}
