import EngineAPI
import Planner

extension Runner {
    /// Runs a command in a running container of a service on the daemon the plan puts it on, and returns
    /// the command's exit code (0 when detached).
    package func exec(projectName: String, plan: Plan, options: ExecOptions, io: ExecIO) async throws -> Int {
        let (record, daemon) = try await runningContainer(projectName: projectName, plan: plan, service: options.service, index: options.index)
        let engine = daemon.engine
        let id = try await Engines.call("exec in \(record.name)") { try await engine.createExec(record.id, request: options.request) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            if options.tty, !options.detach, let sizes = io.sizes {
                group.addTask {
                    await Self.resizing(sizes) { rows, columns in try await engine.resizeExec(id, height: rows, width: columns) }
                }
            }
            try await Engines.call("exec in \(record.name)") {
                try await engine.startExec(id, tty: options.tty, detach: options.detach, input: io.input) { await io.output($0) }
            }
            group.cancelAll()
        }
        if options.detach { return 0 }
        return try await Engines.call("inspect exec in \(record.name)") { try await engine.execExitCode(id) } ?? 0
    }

    /// The running container number `index` (nil: the lowest) of `service`, found by its labels on its planned daemon.
    func runningContainer(projectName: String, plan: Plan, service: String, index: Int?) async throws -> (ContainerRecord, Daemon) {
        let (running, daemon) = try await serviceContainers(projectName: projectName, plan: plan, service: service)
        guard !running.isEmpty else { throw RunnerError.notRunning(service: service, index: nil) }
        // Without an index Compose takes the lowest-numbered replica.
        guard let match = index.map({ wanted in running.first { $0.number == wanted } }) ?? running.first else {
            throw RunnerError.notRunning(service: service, index: index)
        }
        return (match, daemon)
    }

    /// The containers of `service` on its planned daemon, found by their labels, lowest number first: the
    /// running ones, stopped ones too with `stopped`, and one-off (`run`) containers too with `oneOff`.
    func serviceContainers(
        projectName: String, plan: Plan, service: String, stopped: Bool = false, oneOff: Bool = false
    ) async throws -> ([ContainerRecord], Daemon) {
        guard let planned = plan.service(named: service) else { throw RunnerError.unknownService(service) }
        let daemon = try daemons.daemon(for: planned.role)
        let labels = [Labels.projectFilter(projectName), "\(Labels.service)=\(service)"]
        let found = try await Engines.call("list containers on the \(daemon.role.rawValue) daemon") {
            try await daemon.engine.containers(labels: labels, all: stopped)
        }.filter { (oneOff || $0.labels[Labels.oneoff] != "True") && (stopped || $0.isRunning) }
        return (found.sorted { $0.number < $1.number }, daemon)
    }

    // The TTY exists only once the process started, and the start call returns only when it ends: a size
    // sent too early is refused, so each is retried for a moment, as the docker CLI does.
    /// Applies each of the terminal's sizes to an exec's or container's TTY through `apply`.
    static func resizing(
        _ sizes: AsyncStream<(rows: Int, columns: Int)>, _ apply: @escaping @Sendable (Int, Int) async throws -> Void
    ) async {
        for await size in sizes {
            for _ in 0..<10 {
                if (try? await apply(size.rows, size.columns)) != nil || Task.isCancelled { break }
                try? await Task.sleep(for: .milliseconds(100))
            }
        }
    }
}
