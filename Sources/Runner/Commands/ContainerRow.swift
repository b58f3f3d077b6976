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

    /// Ports as the docker CLI prints them: `0.0.0.0:8080->80/tcp`, `[::]:8080->80/tcp`, `80/tcp` (`DisplayablePorts`).
    package var ports: String { DisplayablePorts.text(record.ports) }

    /// The status column: the daemon's wording, with the health when there is one.
    package var status: String {
        guard let health = record.health, !record.status.contains("(") else { return record.status }
        return "\(record.status) (\(health))"
    }

    /// The `ps` table's column titles.
    package static let titles = ["NAME", "IMAGE", "COMMAND", "SERVICE", "DAEMON", "CREATED", "STATUS", "PORTS"]

    /// The cells under `titles`, the age counted back from `now` (Unix seconds); `truncate` cuts the command to
    /// 20 characters, as Compose's table does.
    package func cells(now: Double, truncate: Bool = true) -> [String] {
        let command = truncate ? HumanUnits.ellipsis(record.command, 20) : record.command
        let created = HumanUnits.duration(seconds: now - Double(record.created)) + " ago"
        return [name, record.image, "\"\(command)\"", service, daemon, created, status, ports]
    }

    /// One JSON object as `docker compose ps --format json` prints per line, plus `Daemon`; `truncate` cuts
    /// the command and mount names, as Compose does without `--no-trunc`.
    package func jsonLine(now: Double = Date().timeIntervalSince1970, truncate: Bool = true) -> String {
        let mounts = record.mounts.map { truncate ? HumanUnits.ellipsis($0.source, 15) : $0.source }
        let command = truncate ? HumanUnits.ellipsis(record.command, 20) : record.command
        let row = JSONRow(
            ID: truncate ? String(record.id.prefix(12)) : record.id, Name: name, Names: name, Image: record.image,
            Command: "\"\(command)\"", Project: record.labels[Labels.project] ?? "", Service: service,
            State: record.state, Status: status, Health: record.health ?? "", ExitCode: record.exitCode ?? 0,
            Ports: ports, Daemon: daemon, Labels: record.labels.keys.sorted().map { "\($0)=\(record.labels[$0] ?? "")" }.joined(separator: ","),
            // Compose sorts them by container port.
            Publishers: record.ports.sorted { $0.target < $1.target }.map { port in
                JSONRow.Publisher(URL: port.hostIP ?? "", TargetPort: port.target, PublishedPort: port.published ?? 0, Protocol: port.protocol)
            },
            Networks: record.addresses.keys.sorted().joined(separator: ","), CreatedAt: LocalTime(seconds: record.created).goString,
            LocalVolumes: String(record.mounts.filter { $0.driver == "local" }.count), Mounts: mounts.joined(separator: ","),
            RunningFor: HumanUnits.duration(seconds: now - Double(record.created)) + " ago", Size: HumanUnits.size(0))
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
        var Networks, CreatedAt, LocalVolumes, Mounts, RunningFor, Size: String
    }

    /// Rows as an aligned table with a header.
    package static func table(_ rows: [ContainerRow], truncate: Bool = true, now: Double = Date().timeIntervalSince1970) -> String {
        // The docker CLI's table writer: cells at least 10 wide.
        AlignedColumns.lines([titles] + rows.map { $0.cells(now: now, truncate: truncate) }, minimumWidth: 10).joined(separator: "\n")
    }
}
