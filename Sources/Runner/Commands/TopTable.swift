import EngineAPI

/// `top`'s output as Docker Compose v2.40 prints it: one table for every container, `SERVICE` and `#`
/// (the replica) first, then `DAEMON`, then each process title in the order first met, `CMD` last; a
/// title a container's daemon does not report (Windows and Linux differ) shows `-`.
package enum TopTable {
    /// One container's processes.
    package struct Entry: Sendable, Hashable {
        package var container: String
        package var service: String
        package var replica: String
        package var daemon: String
        package var top: ContainerTop

        /// Creates an entry.
        package init(container: String, service: String, replica: String, daemon: String, top: ContainerTop) {
            self.container = container
            self.service = service
            self.replica = replica
            self.daemon = daemon
            self.top = top
        }
    }

    /// The table's lines (none when no container has a process), containers in name order.
    package static func lines(_ entries: [Entry]) -> [String] {
        var titles = ["SERVICE", "#", "DAEMON"]
        var rows: [[String: String]] = []
        for entry in entries.sorted(by: { $0.container < $1.container }) {
            for process in entry.top.processes {
                var row = ["SERVICE": entry.service, "#": entry.replica, "DAEMON": entry.daemon]
                for (index, title) in entry.top.titles.enumerated() {
                    if !titles.contains(title) { titles.append(title) }
                    row[title] = index < process.count ? process[index] : ""
                }
                rows.append(row)
            }
        }
        guard !rows.isEmpty else { return [] }
        if let command = titles.firstIndex(of: "CMD") { titles.append(titles.remove(at: command)) }
        let cells = [titles] + rows.map { row in titles.map { row[$0] ?? "-" } }
        return AlignedColumns.lines(cells, minimumWidth: 4, padding: 2)
    }
}
