import EngineAPI
import ComposeModel
import Planner

extension Runner {
    /// The project's containers on both daemons, running ones only unless `all`; with `states`, those in one of
    /// them (`running`, `exited`, …), stopped or not, as Compose's `ps --status`; sorted by name, as Compose lists them.
    package func ps(projectName: String, services: [String] = [], all: Bool = false, states: [String] = []) async throws -> [ContainerRow] {
        // As Compose, `-a` and `--status` list `run`'s one-off containers too.
        try await projectContainers(projectName, oneOffs: all || !states.isEmpty).filter { item in
            (states.isEmpty ? all || item.record.isRunning : states.contains(item.record.state))
                && (services.isEmpty || services.contains(item.record.service ?? ""))
        }.map { ContainerRow(record: $0.record, daemon: $0.daemon.role.rawValue) }.sorted { $0.name < $1.name }
    }

    /// Writes the containers' output to the sink, both daemons merged as lines arrive, until every
    /// stream ends (with `follow`: until cancelled or every container stopped).
    package func logs(projectName: String, options: LogsOptions) async throws {
        try await followLogs(projectName: projectName, options: options, onExit: nil)
    }

    /// `logs`, calling `onFollow` with the service of each container it follows, then `onExit` when a followed
    /// container has exited (with `reportsExits`); an error thrown by `onExit` ends every stream.
    func followLogs(
        projectName: String, options: LogsOptions, onFollow: (@Sendable ([String]) async -> Void)? = nil,
        onExit: (@Sendable (ContainerExit) async throws -> Void)?
    ) async throws {
        let selected = try await projectContainers(projectName).filter { item in
            (options.services.isEmpty || options.services.contains(item.record.service ?? ""))
                && (options.index.map { item.record.number == $0 } ?? true)
        }
        if let index = options.index, selected.isEmpty, let service = options.services.first {
            throw RunnerError.notRunning(service: service, index: index)
        }
        let sink = self.sink
        await onFollow?(selected.map { $0.record.service ?? $0.record.name })
        let shown = selected.filter { !options.quiet.contains($0.record.service ?? "") }
        if options.reportsExits, !shown.isEmpty {
            await sink.status("Attaching to " + shown.map(\.record.displayName).joined(separator: ", "))
        }
        // Prefixes share one width from the first line on, as Compose pads them.
        let width = shown.map(\.record.displayName.count).max() ?? 0
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (record, daemon) in selected {
                group.addTask {
                    let service = record.service ?? record.name
                    let name = record.displayName
                    let quiet = options.quiet.contains(service)
                    // A quiet container prints nothing, and its name may be wider than the shown ones'.
                    let prefix = options.prefixes && !quiet ? name + String(repeating: " ", count: width - name.count) : ""
                    let request = LogOptions(
                        follow: options.follow, tail: quiet ? 0 : options.tail, timestamps: options.timestamps, since: options.since,
                        until: options.until)
                    try await daemon.engine.logs(record.id, options: request) { line in
                        if !quiet { await sink.log(service: service, container: prefix, line: line.text) }
                    }
                    // A followed stream ends when its container stops; say how, as Compose does.
                    guard options.reportsExits, !Task.isCancelled,
                        let ended = try? await daemon.engine.inspectContainer(record.id), !ended.isRunning
                    else { return }
                    if !quiet { await sink.status("\(name) exited with code \(ended.exitCode ?? 0)") }
                    try await onExit?(ContainerExit(service: service, code: ended.exitCode ?? 0))
                }
            }
            // Not `waitForAll`, which waits for every stream even after one threw: the first error
            // leaves the group, and that cancels the streams still open.
            while try await group.next() != nil {}
        }
    }
}
