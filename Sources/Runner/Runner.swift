import ComposeModel
import EngineAPI
import Logging
import Planner

/// Executes plans against the daemons of a `DaemonSet`: `up`, `down`, `ps`, `logs`, `stop`, `start`,
/// `restart`. It makes no placement decisions: every service runs where the plan puts it.
package struct Runner: Sendable {
    package var daemons: DaemonSet
    package var sink: any ProgressSink
    package var logger: Logger
    /// Where pulls and builds find registry credentials (none by default).
    package var credentials: RegistryCredentials

    /// Creates a runner reporting to `output`.
    package init(
        daemons: DaemonSet, output: any ProgressSink, logger: Logger = Logger(label: "mixcompose.runner"),
        credentials: RegistryCredentials = RegistryCredentials()
    ) {
        self.daemons = daemons
        self.sink = output
        self.logger = logger
        self.credentials = credentials
    }

    /// Every container of `project` on every daemon (stopped ones too), with the role of its daemon; one-off
    /// containers (`run`) only with `oneOffs`.
    func projectContainers(_ project: String, oneOffs: Bool = false) async throws -> [(record: ContainerRecord, daemon: Daemon)] {
        try await withThrowingTaskGroup(of: [(record: ContainerRecord, daemon: Daemon)].self) { group in
            for daemon in daemons.all {
                group.addTask {
                    let records = try await Engines.call("list containers on the \(daemon.role.rawValue) daemon") {
                        try await daemon.engine.containers(labels: [Labels.projectFilter(project)], all: true)
                    }
                    return records.filter { oneOffs || $0.labels[Labels.oneoff] != "True" }.map { ($0, daemon) }
                }
            }
            var all: [(record: ContainerRecord, daemon: Daemon)] = []
            for try await part in group { all += part }
            return all.sorted { $0.record.name < $1.record.name }
        }
    }
}
