import EngineAPI
import ComposeModel
import Planner

extension Runner {
    /// The project's containers on both daemons, running ones only unless `all`.
    package func ps(projectName: String, services: [String] = [], all: Bool = false) async throws -> [ContainerRow] {
        try await projectContainers(projectName).filter { item in
            (all || item.record.isRunning) && (services.isEmpty || services.contains(item.record.service ?? ""))
        }.map { ContainerRow(record: $0.record, daemon: $0.daemon.role.rawValue) }
    }

    /// Writes the containers' output to the sink, both daemons merged as lines arrive, until every
    /// stream ends (with `follow`: until cancelled or every container stopped).
    package func logs(projectName: String, options: LogsOptions) async throws {
        let selected = try await projectContainers(projectName).filter { item in
            options.services.isEmpty || options.services.contains(item.record.service ?? "")
        }
        let sink = self.sink
        if options.reportsExits, !selected.isEmpty {
            await sink.status("Attaching to " + selected.map(\.record.displayName).joined(separator: ", "))
        }
        // Prefixes share one width from the first line on, as Compose pads them.
        let width = selected.map(\.record.displayName.count).max() ?? 0
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (record, daemon) in selected {
                group.addTask {
                    let service = record.service ?? record.name
                    let name = record.displayName
                    let prefix = name + String(repeating: " ", count: width - name.count)
                    try await daemon.engine.logs(record.id, follow: options.follow, tail: options.tail) { line in
                        await sink.log(service: service, container: prefix, line: line.text)
                    }
                    // A followed stream ends when its container stops; say how, as Compose does.
                    guard options.reportsExits, !Task.isCancelled,
                        let ended = try? await daemon.engine.inspectContainer(record.id), !ended.isRunning
                    else { return }
                    await sink.status("\(name) exited with code \(ended.exitCode ?? 0)")
                }
            }
            try await group.waitForAll()
        }
    }

    /// `up` in attached mode: brings the project up, shows merged output until `interrupted` returns
    /// (the CLI's Ctrl-C) or every container ends, then stops the project. Stopping runs outside the
    /// log-following task, so an interrupt never leaves the project half stopped.
    package func upAttached(
        _ project: Project, plan: Plan, options: UpOptions, interrupted: @escaping @Sendable () async -> Void
    ) async throws {
        try await up(project, plan: plan, options: options)
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                var follow = LogsOptions()
                follow.follow = true
                follow.reportsExits = true
                follow.services = options.services
                try? await logs(projectName: project.name, options: follow)
            }
            group.addTask { await interrupted() }
            await group.next()
            group.cancelAll()
        }
        try await stop(projectName: project.name, services: options.services)
    }
}
