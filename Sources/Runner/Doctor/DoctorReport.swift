#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What `doctor` found: each role's daemon, then every cross-daemon edge of the project as probed.
package struct DoctorReport: Sendable, Hashable, Encodable {
    package var daemons: [DoctorDaemon]
    package var edges: [DoctorEdge]

    /// True when an edge is known unreachable: `doctor` then exits non-zero.
    package var hasUnreachable: Bool { edges.contains { $0.reachable == false } }

    /// The daemons, one paragraph each, then the edges as a table with a hint line under each failure.
    package var text: String {
        var lines: [String] = []
        for daemon in daemons {
            let api = daemon.apiVersion + (daemon.maximumAPIVersion.map { " (daemon max \($0))" } ?? "")
            var traits: [String] = []
            if daemon.dockerDesktop { traits.append("Docker Desktop") }
            if !daemon.isolation.isEmpty { traits.append("isolation \(daemon.isolation)") }
            if daemon.standIn { traits.append("stand-in: a \(daemon.os) daemon playing the windows role") }
            lines.append("\(daemon.role): \(daemon.endpoint) (from \(daemon.origin))")
            lines.append("  os \(daemon.os) (\(daemon.operatingSystem)), engine \(daemon.serverVersion), api \(api)")
            if !traits.isEmpty { lines.append("  " + traits.joined(separator: ", ")) }
        }
        lines.append("")
        if edges.isEmpty {
            lines.append("no cross-daemon edges (is the project up?)")
            return lines.joined(separator: "\n")
        }
        let rows = [["EDGE", "ADDRESS", "PORT", "REACHABLE", "RTT"]] + edges.map { edge in
            [
                edge.name, edge.address, edge.port.map(String.init) ?? "-",
                edge.reachable.map { $0 ? "yes" : "no" } ?? "?", edge.rttMilliseconds.map { "\($0) ms" } ?? "-",
            ]
        }
        for (index, line) in AlignedColumns.lines(rows).enumerated() {
            lines.append(line)
            if index > 0, let hint = edges[index - 1].hint { lines.append("  hint: \(hint)") }
        }
        return lines.joined(separator: "\n")
    }

    /// The report as one JSON object (`daemons`, `edges`), keys sorted.
    package var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
