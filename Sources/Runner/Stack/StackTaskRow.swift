#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import EngineAPI

/// One line of `stack ps`, as `docker stack ps` prints a task: `<service>.<slot>`, the node's hostname, the
/// desired and current state with its age, the error and the ports the task publishes on its node.
package struct StackTaskRow: Sendable, Hashable {
    package var id: String
    package var name: String
    package var image: String
    package var node: String
    package var desiredState: String
    package var state: String
    /// Unix seconds of the last state change, nil when the manager's time does not parse.
    package var since: Double?
    package var error: String
    package var ports: [String]
    /// An older task of the same slot (shown under the current one with ` \_ `).
    package var isHistory = false

    /// The rows of `tasks`, ordered as `docker stack ps` orders them: by service and slot, newest task first.
    package static func rows(_ tasks: [SwarmTask], services: [String: String], nodes: [SwarmNode]) -> [StackTaskRow] {
        let hostnames = Dictionary(nodes.map { ($0.id, $0.description?.hostname ?? $0.id) }, uniquingKeysWith: { a, _ in a })
        var rows = tasks.map { task -> StackTaskRow in
            let service = services[task.serviceID] ?? task.serviceID
            let ports = (task.status.portStatus?.ports ?? []).map {
                "*:\($0.publishedPort ?? 0)->\($0.targetPort ?? 0)/\($0.protocol ?? "tcp")"
            }
            let since = task.status.timestamp.flatMap {
                try? GoTimeParser(layout: "2006-01-02T15:04:05.999999999Z07:00", value: $0).unixTime(localOffset: 0)
            }.map { Double($0.seconds) + Double($0.nanoseconds) / 1e9 }
            return StackTaskRow(
                id: task.id, name: "\(service).\(task.slot.map(String.init) ?? task.nodeID ?? "")", image: task.spec?.containerSpec?.image ?? "",
                node: task.nodeID.flatMap { hostnames[$0] } ?? "", desiredState: task.desiredState, state: task.status.state, since: since,
                error: task.status.err ?? "", ports: ports)
        }
        rows.sort { ($0.name, $1.since ?? 0) < ($1.name, $0.since ?? 0) }
        for index in rows.indices.dropFirst() where rows[index].name == rows[index - 1].name { rows[index].isHistory = true }
        return rows
    }

    /// The table's column titles.
    package static let titles = ["ID", "NAME", "IMAGE", "NODE", "DESIRED STATE", "CURRENT STATE", "ERROR", "PORTS"]

    /// The cells under `titles`; `truncate` shortens IDs, drops image digests and long errors as the CLI does.
    package func cells(now: Double, truncate: Bool) -> [String] {
        var image = self.image
        if truncate, let at = image.firstIndex(of: "@") { image = String(image[..<at]) }
        let error = truncate ? HumanUnits.ellipsis(self.error, 30) : self.error
        let age = since.map { " " + HumanUnits.duration(seconds: max(0, now - $0)).lowercased() + " ago" } ?? ""
        return [
            truncate ? String(id.prefix(12)) : id, (isHistory ? " \\_ " : "") + name, image, node,
            Self.capitalized(desiredState), Self.capitalized(state) + age, error.isEmpty ? "" : "\"\(error)\"", ports.joined(separator: ","),
        ]
    }

    /// The whole table, titles first.
    package static func table(_ rows: [StackTaskRow], truncate: Bool, now: Double = Date().timeIntervalSince1970) -> String {
        AlignedColumns.lines([titles] + rows.map { $0.cells(now: now, truncate: truncate) }, minimumWidth: 10).joined(separator: "\n")
    }

    /// One JSON object per task, with the keys of `docker stack ps --format '{{json .}}'`, sorted as Go sorts them.
    package func json(truncate: Bool, now: Double = Date().timeIntervalSince1970) -> String {
        let cells = cells(now: now, truncate: truncate)
        let keys = ["ID", "Name", "Image", "Node", "DesiredState", "CurrentState", "Error", "Ports"]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let fields = zip(keys, cells).sorted { $0.0 < $1.0 }.map { key, value in
            "\"\(key)\":" + String(decoding: (try? encoder.encode(value)) ?? Data("\"\"".utf8), as: UTF8.self)
        }
        return "{" + fields.joined(separator: ",") + "}"
    }

    private static func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
}
