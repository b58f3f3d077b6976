import EngineAPI
import Planner

extension Runner {
    /// Blocks until every running container of `services` (one-offs too) on both daemons has stopped, calling
    /// `onExit` with each one's ID and exit code as it stops, and returns the exit code of the last to stop (what
    /// Compose returns). Throws `noContainers` when none runs.
    package func wait(
        projectName: String, services: [String], onExit: @escaping @Sendable (ContainerRecord, Int) async -> Void
    ) async throws -> Int {
        let selected = try await selectContainers(projectName, services: services, known: nil, all: false, oneOffs: true)
        guard !selected.isEmpty else { throw RunnerError.noContainers(project: projectName) }
        return try await withThrowingTaskGroup(of: Int.self) { group in
            for (record, daemon) in selected {
                group.addTask {
                    let code = try await Engines.call("wait for \(record.name)") { try await daemon.engine.waitForExit(record.id) }
                    await onExit(record, code)
                    return code
                }
            }
            var last = 0
            // The first failure leaves the group, which cancels the other waits.
            while let code = try await group.next() { last = code }
            return last
        }
    }
}
