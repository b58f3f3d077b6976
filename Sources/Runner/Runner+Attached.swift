import ComposeModel
import Planner

/// A container that ended while `up` was attached to it.
struct ContainerExit: Sendable {
    var service: String
    var code: Int
}

extension Runner {
    /// `up` in attached mode: brings the project up, shows merged output until `interrupted` returns
    /// (the CLI's Ctrl-C), every container ends, or (with `abortOnContainerExit`/`exitCodeFrom`) one
    /// ends; then stops the project. Stopping runs outside the log-following task, so an interrupt
    /// never leaves the project half stopped. Returns the exit status Docker Compose would end with.
    /// With `watching` (`up --watch`), the rules are watched beside the logs once the project is up.
    /// `interrupted` is awaited by one task only: the CLI's wait reads an `AsyncStream`, whose one
    /// element reaches one reader (older runtimes trap on a second).
    @discardableResult
    package func upAttached(
        _ project: Project, plan: Plan, options: UpOptions, watching: (rules: [WatchRule], options: WatchOptions)? = nil,
        interrupted: @escaping @Sendable () async -> Void
    ) async throws -> Int32 {
        if let service = options.exitCodeFrom, project.services[service] == nil { throw RunnerError.unknownService(service) }
        try await up(project, plan: plan, options: options)
        let abort = options.abortOnContainerExit || options.exitCodeFrom != nil
        let exits = ExitLog()
        let attached = Self.attachedServices(of: project, selected: options.services)
        // Each task says whether its end ends attached mode: under `--watch`, logs that end (a rebuild
        // replaced every container) do not.
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                var follow = LogsOptions()
                follow.follow = true
                follow.reportsExits = true
                follow.services = attached ?? options.services
                // Nothing to show: the interrupt task below is the only way out.
                if attached?.isEmpty == true { return false }
                try? await followLogs(projectName: project.name, options: follow) { exit in
                    await exits.record(exit)
                    // Ending the follow ends this task, and the group then stops the project.
                    if abort { throw CancellationError() }
                }
                let exited = await exits.first != nil
                return watching == nil || (abort && exited)
            }
            group.addTask {
                await interrupted()
                return true
            }
            if let watching {
                group.addTask {
                    await watchAttached(project, plan: plan, rules: watching.rules, options: watching.options, services: attached ?? options.services)
                    return true
                }
            }
            for await ends in group where ends { break }
            group.cancelAll()
        }
        let first = await exits.first
        if abort, first != nil { await sink.status("Aborting on container exit...") }
        try await stop(projectName: project.name, services: options.services, timeout: options.stopTimeout)
        guard abort else { return 0 }
        guard let service = options.exitCodeFrom else { return Int32(clamping: first?.code ?? 0) }
        if let own = await exits.code(of: service) { return Int32(clamping: own) }
        // The service was stopped rather than ending on its own: its code is what stopping left.
        let stopped = try await projectContainers(project.name).first { $0.record.service == service }
        return Int32(clamping: stopped?.record.exitCode ?? 0)
    }
}

extension Runner {
    /// The services whose output attached `up` shows, as Compose chooses them: the selected ones (all
    /// when none is), less those with `attach: false`; nil when that is every selected service.
    package static func attachedServices(of project: Project, selected: [String]) -> [String]? {
        let candidates = selected.isEmpty ? project.services.keys.sorted() : selected
        let attached = candidates.filter { project.services[$0]?.attach != false }
        return attached.count == candidates.count ? nil : attached
    }
}

/// The exits seen while attached, in order.
private actor ExitLog {
    private var exits: [ContainerExit] = []

    func record(_ exit: ContainerExit) { exits.append(exit) }
    var first: ContainerExit? { exits.first }
    func code(of service: String) -> Int? { exits.first { $0.service == service }?.code }
}
