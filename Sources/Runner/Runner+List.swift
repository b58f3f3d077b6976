import EngineAPI
import Planner

extension Runner {
    /// Every Compose project with containers on any daemon (running ones, or all with `all`), found as Docker
    /// Compose finds them: by the project and configuration-hash labels; sorted by name.
    package func projects(all: Bool) async throws -> [ProjectRow] {
        let found = try await withThrowingTaskGroup(of: [(String, ContainerRecord)].self) { group in
            for daemon in daemons.all {
                group.addTask {
                    try await Engines.call("list containers on the \(daemon.role.rawValue) daemon") {
                        try await daemon.engine.containers(labels: [Labels.project, Labels.configHash], all: all)
                    }.map { (daemon.role.rawValue, $0) }
                }
            }
            var found: [(String, ContainerRecord)] = []
            for try await part in group { found += part }
            return found
        }
        var states: [String: [String: [String]]] = [:]
        var files: [String: [String]] = [:]
        var unlabelled: Set<String> = []
        for (role, record) in found.sorted(by: { $0.1.created < $1.1.created }) {
            guard let name = record.labels[Labels.project] else { continue }
            states[name, default: [:]][role, default: []].append(record.state)
            // As Compose: every file of every container once, in the order met; a container without the label makes it N/A.
            guard let listed = record.labels[Labels.configFiles] else { unlabelled.insert(name); continue }
            for file in listed.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            where !(files[name]?.contains(file) ?? false) {
                files[name, default: []].append(file)
            }
        }
        return states.keys.sorted().map { name in
            ProjectRow(
                name: name, states: states[name] ?? [:],
                configFiles: unlabelled.contains(name) ? "N/A" : (files[name] ?? []).joined(separator: ","))
        }
    }
}
