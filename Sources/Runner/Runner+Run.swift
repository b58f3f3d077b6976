import ComposeModel
import EngineAPI
import Planner

extension Runner {
    /// Runs a one-off container of a service as `docker compose run` does: its dependencies brought up first
    /// on their own daemons (unless `options.up.noDeps`), then the container created on the service's daemon with the
    /// peers' addresses injected, attached before it starts, and removed after with `remove`. Returns its
    /// exit code; detached, calls `detached` with its ID once it started and returns 0.
    package func run(
        _ project: Project, plan: Plan, options: RunOptions, io: ExecIO, detached: @Sendable (String) async -> Void = { _ in }
    ) async throws -> Int {
        guard let service = project.services[options.service], plan.service(named: options.service) != nil else {
            throw RunnerError.unknownService(options.service)
        }
        let oneOff = OneOff.of(service, project: project.name, options: options)
        var up = options.up
        up.services = [options.service]
        let prepared = try await converge(project, plan: plan, options: up, oneOff: oneOff)
        guard let made = prepared[options.service], let record = made.replicas.first?.record else {
            throw RunnerError.invalidSetting("service \(options.service): no one-off container was created")
        }
        let engine = made.daemon.engine
        if options.detach {
            try await Engines.call("start \(record.name)") { try await engine.startContainer(record.id) }
            await detached(record.id)
            return 0
        }
        do {
            let code = try await attachAndStart(record, engine: engine, options: options, io: io)
            if options.remove { try await removeOneOff(record, engine: engine) }
            return code
        } catch {
            // Interrupted or failed: what `--rm` promised still holds, and no one-off is left running.
            let cleanup = Task.detached { [options] in
                if options.remove { try? await engine.removeContainer(record.id, volumes: true) }
                else { try? await engine.stopContainer(record.id, timeout: nil) }
            }
            await cleanup.value
            throw error
        }
    }

    /// Attaches to the created container, starts it once attached, follows its TTY's size, and returns its
    /// exit code when its streams end.
    private func attachAndStart(_ record: ContainerRecord, engine: any Engine, options: RunOptions, io: ExecIO) async throws -> Int {
        try await withThrowingTaskGroup(of: Void.self) { group in
            if options.tty, let sizes = io.sizes {
                group.addTask {
                    await Self.resizing(sizes) { rows, columns in
                        try await engine.resizeContainer(record.id, height: rows, width: columns)
                    }
                }
            }
            try await Engines.call("attach to \(record.name)") {
                try await engine.attachContainer(
                    record.id, tty: options.tty, input: options.interactive ? io.input : nil,
                    attached: { try await engine.startContainer(record.id) }, output: { await io.output($0) })
            }
            group.cancelAll()
        }
        return try await Engines.call("wait for \(record.name)") { try await engine.waitForExit(record.id) }
    }

    /// Removes the one-off container with its anonymous volumes, as the daemon's `AutoRemove` would.
    private func removeOneOff(_ record: ContainerRecord, engine: any Engine) async throws {
        try await Engines.call("remove container \(record.name)") { try await engine.removeContainer(record.id, volumes: true) }
    }
}
