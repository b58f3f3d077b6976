/// Waits until started containers reach a milestone, woken by the daemon's events and deciding
/// by inspect; fails fast, with the log tail, when the container exits or turns unhealthy.
struct MilestoneWaiter: Sendable {
    var board: EventBoard
    var timeout: Int?

    /// Returns when every replica reached `need.milestone`, watching them concurrently (each within
    /// the timeout); at once when there is none, as Compose skips a dependency scaled to zero.
    func wait(for need: Need, replicas: [ContainerRecord], on engine: any Engine, dependent: String?) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for container in replicas {
                group.addTask { try await wait(for: need, container: container, on: engine, dependent: dependent) }
            }
            try await group.waitForAll()
        }
    }

    /// Returns when `container` of `need.service` reached `need.milestone`; `dependent` names who waits.
    func wait(for need: Need, container: ContainerRecord, on engine: any Engine, dependent: String?) async throws {
        let (token, wakeups) = await board.subscribe(container.id)
        let waiting = "\(need.milestone)"
        do {
            try await Deadline.run(
                seconds: timeout, onTimeout: { RunnerError.timedOut(service: need.service, waitingFor: waiting, seconds: timeout ?? 0) }
            ) {
                if try await Self.check(need, container: container, engine: engine, dependent: dependent) { return }
                for await _ in wakeups {
                    if try await Self.check(need, container: container, engine: engine, dependent: dependent) { return }
                }
                try Task.checkCancellation()
            }
        } catch {
            await board.unsubscribe(container.id, token: token)
            throw error
        }
        await board.unsubscribe(container.id, token: token)
    }

    /// True when reached; throws when it never will be.
    private static func check(_ need: Need, container: ContainerRecord, engine: any Engine, dependent: String?) async throws -> Bool {
        let now = try await engine.inspectContainer(container.id)
        let exited = now.state == "exited" || now.state == "dead"
        switch need.milestone {
        case .started:
            return true
        case .completed:
            guard exited else { return false }
            if now.exitCode == 0 { return true }
            throw await failure(need, now, engine, dependent, "didn't complete successfully: exit \(now.exitCode ?? -1)")
        case .healthy, .ready:
            if now.health == "unhealthy" { throw await failure(need, now, engine, dependent, "is unhealthy") }
            if exited { throw await failure(need, now, engine, dependent, "exited with code \(now.exitCode ?? -1)") }
            if need.milestone == .healthy && now.health == nil {
                throw await failure(need, now, engine, dependent, "has no healthcheck configured")
            }
            return now.state == "running" && (now.health == nil || now.health == "healthy")
        }
    }

    private static func failure(
        _ need: Need, _ container: ContainerRecord, _ engine: any Engine, _ dependent: String?, _ reason: String
    ) async -> RunnerError {
        let tail = await LogTail.lines(of: container.id, on: engine)
        guard let dependent else {
            return .dependencyFailed(service: need.service, dependency: container.name, reason: reason, logTail: tail)
        }
        return .dependencyFailed(service: dependent, dependency: container.name, reason: reason, logTail: tail)
    }
}
