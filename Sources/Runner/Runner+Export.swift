import Planner

extension Runner {
    /// `export`: the filesystem of the service's running container (the lowest-numbered replica, or number
    /// `index`) on its planned daemon, as the tar archive the daemon makes, handed to `write` as it arrives.
    /// Returns the container's name.
    package func export(
        projectName: String, plan: Plan, service: String, index: Int?, write: @escaping @Sendable ([UInt8]) async throws -> Void
    ) async throws -> String {
        let (record, daemon) = try await runningContainer(projectName: projectName, plan: plan, service: service, index: index)
        try await Engines.call("export \(record.name)") { try await daemon.engine.exportContainer(record.id, write) }
        return record.name
    }
}
