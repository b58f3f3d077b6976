#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
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
        let local = LocalTime(seconds: seconds)
        let micro = String(nanoseconds / 1000).zeroPadded(to: 6)
        let pairs = ["daemon=\(role)"] + attributes.keys.sorted().map { "\($0)=\(attributes[$0] ?? "")" }
        return "\(local.date) \(local.time).\(micro) container \(event.name) \(event.containerID) (\(pairs.joined(separator: ", ")))"
    }

    /// Compose's `--json` object (`time`, `type`, `service`, `id`, `action`, `attributes`) plus `daemon`.
    package var json: String {
        let (seconds, nanoseconds) = Self.split(event.time)
        let local = LocalTime(seconds: seconds)
        // Go's RFC 3339 with nanoseconds in local time, as Compose marshals a time: the fraction's trailing zeros
        // dropped, before the zone (`Z` or `+01:00`).
        var nanos = String(nanoseconds).zeroPadded(to: 9)
        while nanos.hasSuffix("0") { nanos.removeLast() }
        let time = "\(local.date)T\(local.time)" + (nanos.isEmpty ? "" : "." + nanos) + local.rfc3339Zone
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
}
