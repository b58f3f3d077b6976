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
import EngineAPI

/// One container event of `events`, rendered as Docker Compose prints it, with the daemon it came from.
package struct EventLine: Sendable, Hashable {
    package var role: String
    package var event: ContainerEvent

    /// Creates a line.
    package init(role: String, event: ContainerEvent) {
        self.role = role
        self.event = event
    }

    /// The event's attributes without Compose's labels, as Compose shows them.
    var attributes: [String: String] { event.labels.filter { !$0.key.hasPrefix("com.docker.compose.") } }

    /// `2026-12-06 10:00:00.123456 container start ID (daemon=linux, image=…, name=…)`: Compose's line, local
    /// time, with the daemon as the first attribute and the others sorted.
    package var text: String {
        let (seconds, nanoseconds) = Self.split(event.time)
        let local = Self.localTime(seconds)
        let micro = String(nanoseconds / 1000).zeroPadded(to: 6)
        let pairs = ["daemon=\(role)"] + attributes.keys.sorted().map { "\($0)=\(attributes[$0] ?? "")" }
        return "\(local.date) \(local.time).\(micro) container \(event.name) \(event.containerID) (\(pairs.joined(separator: ", ")))"
    }

    /// Compose's `--json` object (`time`, `type`, `service`, `id`, `action`, `attributes`) plus `daemon`.
    package var json: String {
        let (seconds, nanoseconds) = Self.split(event.time)
        let local = Self.localTime(seconds)
        // Go's RFC 3339 with nanoseconds in local time, as Compose marshals a time: the fraction's trailing zeros
        // dropped, before the zone (`Z` or `+01:00`).
        var nanos = String(nanoseconds).zeroPadded(to: 9)
        while nanos.hasSuffix("0") { nanos.removeLast() }
        let time = "\(local.date)T\(local.time)" + (nanos.isEmpty ? "" : "." + nanos) + local.zone
        let object = JSONObject(
            action: event.name, attributes: attributes, daemon: role, id: event.containerID,
            service: event.labels["com.docker.compose.service"] ?? "", time: time, type: "container")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(object)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    // The `--json` object's members (encoded with sorted keys).
    private struct JSONObject: Encodable {
        var action: String
        var attributes: [String: String]
        var daemon: String
        var id: String
        var service: String
        var time: String
        var type: String
    }

    /// Whole seconds (rounded down) and the nanoseconds past them.
    private static func split(_ time: Int64) -> (seconds: Int64, nanoseconds: Int64) {
        let remainder = time % 1_000_000_000
        return remainder < 0 ? (time / 1_000_000_000 - 1, remainder + 1_000_000_000) : (time / 1_000_000_000, remainder)
    }

    /// `seconds` in the C library's local zone (`TZ`, /etc/localtime), as Go's `time.Local`:
    /// `2026-12-06`, `10:00:00` and the RFC 3339 zone (`Z` or `+01:00`). FoundationEssentials has no
    /// `DateFormatter`, and its `TimeZone.current` is UTC unless full Foundation (ICU) is linked.
    private static func localTime(_ seconds: Int64) -> (date: String, time: String, zone: String) {
        var value = time_t(seconds)
        var parts = tm()
        if localtime_r(&value, &parts) == nil { gmtime_r(&value, &parts) }
        let two = { (number: Int32) in String(number).zeroPadded(to: 2) }
        let date = "\(String(parts.tm_year + 1900).zeroPadded(to: 4))-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
        let time = "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
        let offset = Int(parts.tm_gmtoff)
        guard offset != 0 else { return (date, time, "Z") }
        let minutes = abs(offset) / 60
        return (date, time, (offset < 0 ? "-" : "+") + String(minutes / 60).zeroPadded(to: 2) + ":" + String(minutes % 60).zeroPadded(to: 2))
    }
}
