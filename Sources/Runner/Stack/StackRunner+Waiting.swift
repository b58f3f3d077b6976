import EngineAPI
import Planner

// Before a wave is created, its dependencies' tasks must reach their conditions. Swarm reports a task
// `running` only once its healthcheck passed (it stays `starting` while the container's health is `starting`;
// checked on the testbed's dockerd 20.10), so `healthy` waits like `started`; `completed` waits for `complete`.
extension StackRunner {
    /// Waits, within `waitTimeout`, until every dependency of `services` holds.
    func waitForDependencies(of services: [SwarmService], deployed: [String: SwarmService], ids: [String: String], namespace: String)
        async throws
    {
        var waits: [String: (dependent: String, dependency: SwarmDependency)] = [:]
        for service in services {
            for dependency in service.dependencies where waits[dependency.service] == nil && deployed[dependency.service] != nil {
                waits[dependency.service] = (service.name, dependency)
            }
        }
        guard !waits.isEmpty else { return }
        let deadline = ContinuousClock.now.advanced(by: waitTimeout)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (name, wait) in waits.sorted(by: { $0.key < $1.key }) {
                guard let target = deployed[name], let id = ids[name] else { continue }
                group.addTask {
                    try await waitFor(target, id: id, condition: wait.dependency.condition, dependent: wait.dependent, namespace: namespace, deadline: deadline)
                }
            }
            try await group.waitForAll()
        }
    }

    /// Polls the tasks of one service until they hold `condition`; a task that failed with no restart to come
    /// ends the wait at once.
    func waitFor(
        _ target: SwarmService, id: String, condition: SwarmDependency.Condition, dependent: String, namespace: String,
        deadline: ContinuousClock.Instant
    ) async throws {
        let replicas = target.spec["Mode"]?["Replicated"].map { $0["Replicas"]?.int ?? 1 }
        let restartsNever = target.spec["TaskTemplate"]?["RestartPolicy"]?["Condition"]?.string == "none"
        var lastError: String?
        await say("Waiting for service \(target.name) to be \(Self.word(condition))")
        while true {
            let tasks = try await engine("list tasks of \(target.name)") {
                try await manager.tasks(filters: .labels(["\(Self.namespaceLabel)=\(namespace)"]))
            }.filter { $0.serviceID == id }
            if Self.holds(condition, tasks: tasks, replicas: replicas) { return }
            let failed = tasks.filter { ["failed", "rejected"].contains($0.status.state) }
                .sorted { ($0.status.timestamp ?? "") < ($1.status.timestamp ?? "") }
            if let newest = failed.last { lastError = Self.reason(of: newest) }
            if restartsNever || condition == .completed, let newest = failed.last {
                throw StackError.dependencyFailed(
                    service: dependent, dependency: target.name, task: String(newest.id.prefix(12)), reason: Self.reason(of: newest))
            }
            guard ContinuousClock.now < deadline else {
                throw StackError.timedOut(
                    service: dependent, dependency: target.name, condition: Self.word(condition),
                    seconds: Int(waitTimeout.components.seconds), lastError: lastError)
            }
            try await Task.sleep(for: pollInterval)
        }
    }

    /// Whether the tasks hold the condition: as many `running` (or `complete`) tasks as replicas (a global
    /// service: every task it wants running).
    static func holds(_ condition: SwarmDependency.Condition, tasks: [SwarmTask], replicas: Int?) -> Bool {
        if replicas == 0 { return true }
        switch condition {
        case .started, .healthy:
            let wanted = tasks.filter { $0.desiredState == "running" }
            let running = wanted.filter { $0.status.state == "running" }.count
            return replicas.map { running >= $0 } ?? (!wanted.isEmpty && running == wanted.count)
        case .completed:
            let complete = tasks.filter { $0.status.state == "complete" }.count
            return complete >= (replicas ?? max(1, tasks.count))
        }
    }

    /// A task's failure as the manager words it: `Err`, else its message.
    static func reason(of task: SwarmTask) -> String {
        let err = task.status.err ?? ""
        return err.isEmpty ? "\(task.status.state): \(task.status.message ?? "")" : err
    }

    static func word(_ condition: SwarmDependency.Condition) -> String {
        switch condition {
        case .started: return "running"
        case .healthy: return "running and healthy"
        case .completed: return "complete"
        }
    }
}
