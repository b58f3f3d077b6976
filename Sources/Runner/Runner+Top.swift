import EngineAPI
import Planner

extension Runner {
    /// The processes of the running containers of `services` (all when empty; one-offs too) on both daemons,
    /// each entry naming its container's daemon.
    package func top(projectName: String, services: [String] = []) async throws -> [TopTable.Entry] {
        let selected = try await selectContainers(projectName, services: services, known: nil, all: false, oneOffs: true)
        return try await withThrowingTaskGroup(of: TopTable.Entry.self) { group in
            for (record, daemon) in selected {
                group.addTask {
                    let top = try await Engines.call("top \(record.name)") { try await daemon.engine.processes(in: record.id) }
                    return TopTable.Entry(
                        container: record.name, service: record.service ?? record.name,
                        replica: record.labels[Labels.containerNumber] ?? "", daemon: daemon.role.rawValue, top: top)
                }
            }
            var entries: [TopTable.Entry] = []
            for try await entry in group { entries.append(entry) }
            return entries
        }
    }

    /// The image of every container of `services` (all when empty; stopped and one-off ones too) on both
    /// daemons, as its own daemon describes it.
    package func images(projectName: String, services: [String] = []) async throws -> [ImageRow] {
        let selected = try await selectContainers(projectName, services: services, known: nil, all: true, oneOffs: true)
        return try await withThrowingTaskGroup(of: ImageRow.self) { group in
            for (record, daemon) in selected {
                group.addTask {
                    let operation = "inspect image \(record.image) on the \(daemon.role.rawValue) daemon"
                    guard let image = try await Engines.call(operation, { try await daemon.engine.imageDetails(record.image) }) else {
                        throw RunnerError.engine(operation: operation, reason: "no such image")
                    }
                    return ImageRow(container: record.name, daemon: daemon.role.rawValue, reference: record.image, image: image)
                }
            }
            var rows: [ImageRow] = []
            for try await row in group { rows.append(row) }
            return rows
        }
    }
}
