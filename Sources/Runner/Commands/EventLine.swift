import Foundation

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
        let date = Date(timeIntervalSince1970: Double(event.time) / 1e9)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let micro = String(format: "%06d", Int(event.time % 1_000_000_000 / 1000))
        let pairs = ["daemon=\(role)"] + attributes.keys.sorted().map { "\($0)=\(attributes[$0] ?? "")" }
        return "\(formatter.string(from: date)).\(micro) container \(event.name) \(event.containerID) (\(pairs.joined(separator: ", ")))"
    }

    /// Compose's `--json` object (`time`, `type`, `service`, `id`, `action`, `attributes`) plus `daemon`.
    package var json: String {
        let date = Date(timeIntervalSince1970: Double(event.time / 1_000_000_000))
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        let seconds = formatter.string(from: date)
        // Go's RFC 3339 with nanoseconds in local time, as Compose marshals a time: the fraction's trailing zeros
        // dropped, before the zone (`Z` or `+01:00`).
        var nanos = String(format: "%09d", Int(event.time % 1_000_000_000))
        while nanos.hasSuffix("0") { nanos.removeLast() }
        let time = seconds.prefix(19) + (nanos.isEmpty ? "" : "." + nanos) + seconds.dropFirst(19)
        let object: [String: Any] = [
            "time": time, "type": "container", "service": event.labels["com.docker.compose.service"] ?? "",
            "id": event.containerID, "action": event.name, "attributes": attributes, "daemon": role,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
