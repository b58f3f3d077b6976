import Planner

extension Runner {
    /// The public address (`host:port`) bound to `privatePort`/`protocol` of a running container of `service`
    /// (number `index`, else the lowest) on the daemon the plan puts it on, as Compose prints it.
    package func port(
        projectName: String, plan: Plan, service: String, privatePort: Int, protocol kind: String, index: Int?
    ) async throws -> String {
        let (record, _) = try await runningContainer(projectName: projectName, plan: plan, service: service, index: index)
        guard let match = record.ports.first(where: { $0.target == privatePort && $0.protocol == kind }) else {
            throw RunnerError.noPort(
                port: "\(privatePort)/\(kind)", container: record.name,
                // Compose lists the public side of each binding here.
                ports: record.ports.map { "\($0.published ?? 0)/\($0.protocol)" })
        }
        return "\(match.hostIP ?? ""):\(match.published ?? 0)"
    }
}
