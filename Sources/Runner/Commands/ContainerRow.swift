#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One line of `ps`: a container of the project and the daemon role running it.
package struct ContainerRow: Sendable, Hashable {
    package var record: ContainerRecord
    /// `linux` or `windows`.
    package var daemon: String

    package var name: String { record.name }
    package var service: String { record.service ?? "" }

    /// Published ports as Docker prints them: `0.0.0.0:8080->80/tcp`, or `80/tcp` when not published.
    package var ports: String {
        record.ports.map { port in
            guard let published = port.published else { return "\(port.target)/\(port.protocol)" }
            return "\(port.hostIP ?? "0.0.0.0"):\(published)->\(port.target)/\(port.protocol)"
        }.joined(separator: ", ")
    }

    /// The status column: the daemon's wording, with the health when there is one.
    package var status: String {
        guard let health = record.health, !record.status.contains("(") else { return record.status }
        return "\(record.status) (\(health))"
    }

    /// The `ps` table's column titles.
    package static let titles = ["NAME", "IMAGE", "COMMAND", "SERVICE", "DAEMON", "STATUS", "PORTS"]

    /// The cells under `titles`.
    package var cells: [String] {
        let command = record.command.count > 20 ? String(record.command.prefix(19)) + "…" : record.command
        return [name, record.image, "\"\(command)\"", service, daemon, status, ports]
    }

    /// One JSON object as `docker compose ps --format json` prints per line, plus `Daemon`.
    package var jsonLine: String {
        let row = JSONRow(
            ID: String(record.id.prefix(12)), Name: name, Names: name, Image: record.image,
            Command: "\"\(record.command)\"", Project: record.labels[Labels.project] ?? "", Service: service,
            State: record.state, Status: status, Health: record.health ?? "", ExitCode: record.exitCode ?? 0,
            Ports: ports, Daemon: daemon, Labels: record.labels.keys.sorted().map { "\($0)=\(record.labels[$0] ?? "")" }.joined(separator: ","),
            Publishers: record.ports.map { port in
                JSONRow.Publisher(URL: port.hostIP ?? "", TargetPort: port.target, PublishedPort: port.published ?? 0, Protocol: port.protocol)
            },
            Networks: record.addresses.keys.sorted().joined(separator: ","), CreatedAt: String(record.created), LocalVolumes: "0")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(row)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    // The JSON object's members, named as Compose names them (encoded with sorted keys).
    private struct JSONRow: Encodable {
        struct Publisher: Encodable {
            var URL: String
            var TargetPort: Int
            var PublishedPort: Int
            var `Protocol`: String
        }
        var ID, Name, Names, Image, Command, Project, Service, State, Status, Health: String
        var ExitCode: Int
        var Ports, Daemon, Labels: String
        var Publishers: [Publisher]
        var Networks, CreatedAt, LocalVolumes: String
    }

    /// Rows as an aligned table with a header.
    package static func table(_ rows: [ContainerRow]) -> String {
        AlignedColumns.lines([titles] + rows.map(\.cells)).joined(separator: "\n")
    }
}
