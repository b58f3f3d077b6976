#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One project of `ls`: its containers' states counted per daemon, as Docker Compose's `ls` counts them.
package struct ProjectRow: Sendable, Hashable {
    package var name: String
    /// Daemon role → the states of the project's containers there.
    package var states: [String: [String]]
    /// The compose files of the project's containers (`com.docker.compose.project.config_files`), each once,
    /// comma-separated; `N/A` when a container lacks the label.
    package var configFiles: String

    /// Creates a row.
    package init(name: String, states: [String: [String]], configFiles: String) {
        self.name = name
        self.states = states
        self.configFiles = configFiles
    }

    /// Compose's status over every container: `exited(1), running(2)` (states sorted, each with its count).
    package var status: String { Self.combined(states.values.flatMap { $0 }) }

    /// The status per daemon, as the table shows it: `linux: running(2), windows: running(1)`.
    package var daemonStatus: String {
        states.keys.sorted().map { "\($0): \(Self.combined(states[$0] ?? []))" }.joined(separator: ", ")
    }

    /// Rows as `ls --format json` prints them: one JSON array on one line, each object with Compose's `Name`,
    /// `Status` and `ConfigFiles` (in its order) and then `Daemons` (role → status).
    package static func json(_ rows: [ProjectRow]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let encode = { (value: any Encodable) in String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self) }
        let objects = rows.map { row in
            #"{"Name":\#(encode(row.name)),"Status":\#(encode(row.status)),"ConfigFiles":\#(encode(row.configFiles)),"#
                + #""Daemons":\#(encode(row.states.mapValues { Self.combined($0) }))}"#
        }
        return "[" + objects.joined(separator: ",") + "]"
    }

    /// Rows as `ls` prints them: `NAME`, `STATUS` (per daemon), `CONFIG FILES`, columns at least 20 wide as Compose's.
    package static func table(_ rows: [ProjectRow]) -> String {
        AlignedColumns.lines([["NAME", "STATUS", "CONFIG FILES"]] + rows.map { [$0.name, $0.daemonStatus, $0.configFiles] }, minimumWidth: 20)
            .joined(separator: "\n")
    }

    /// `state(count)` for each state, sorted, joined by `, `.
    static func combined(_ states: [String]) -> String {
        var counts: [String: Int] = [:]
        for state in states { counts[state, default: 0] += 1 }
        return counts.keys.sorted().map { "\($0)(\(counts[$0] ?? 0))" }.joined(separator: ", ")
    }
}
