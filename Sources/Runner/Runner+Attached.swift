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
    /// ends (with `abortOnContainerFailure`: one ends with a non-zero code); then stops the project, unless
    /// every container it showed ended on its own (the others, not shown, keep running, as in Compose).
    /// Stopping runs outside the log-following task, so an interrupt never leaves the project half stopped. Returns the exit status Docker Compose would end with.
    /// With `watching` (`up --watch`), the rules are watched beside the logs once the project is up.
    /// `interrupted` is awaited by one task only: the CLI's wait reads an `AsyncStream`, whose one
    /// element reaches one reader (older runtimes trap on a second).
    @discardableResult
    package func upAttached(
        _ project: Project, plan: Plan, options: UpOptions, watching: (rules: [WatchRule], options: WatchOptions)? = nil,
        interrupted: @escaping @Sendable () async -> Void
    ) async throws -> Int32 {
        if let service = options.exitCodeFrom, project.services[service] == nil { throw RunnerError.unknownService(service) }
        // What `up` brings up: the selected services and (unless `--no-deps`) their dependencies.
        let brought = options.noDeps && !options.services.isEmpty
            ? Set(options.services) : Set(try UpNeeds.of(plan, project: project, selection: options.services).keys)
        let attached = try Self.attachedServices(of: project, selected: options.services, choice: options.attach, brought: brought)
        try await up(project, plan: plan, options: options)
        // Compose's cascade: `--abort-on-container-failure` ends on a non-zero exit only, and wins over the
        // stop that `--exit-code-from` implies.
        let abortsOn: (@Sendable (ContainerExit) -> Bool)? =
            if options.abortOnContainerFailure { { $0.code != 0 } }
            else if options.abortOnContainerExit || options.exitCodeFrom != nil { { _ in true } }
            else { nil }
        let exits = ExitLog()
        // Compose shows the attached services and watches the named ones (the shown ones when none is named) for
        // the exits that end `up` or abort it; a named service not shown is followed quietly.
        let everything = attached == nil && options.services.isEmpty
        let shown = Set(attached ?? options.services)
        let watched = options.services.isEmpty ? shown : Set(options.services)
        let isWatched = { @Sendable (service: String) in everything || watched.contains(service) }
        // Each task says whether its end ends attached mode, and how: under `--watch`, logs that end (a rebuild
        // replaced every container) do not.
        let end = await withTaskGroup(of: AttachedEnd?.self) { group -> AttachedEnd in
            group.addTask {
                var follow = LogsOptions()
                follow.follow = true
                follow.reportsExits = true
                follow.services = everything ? [] : shown.union(watched).sorted()
                follow.quiet = watched.subtracting(shown)
                follow.prefixes = options.logPrefixes
                follow.timestamps = options.timestamps
                // Nothing to show or watch: the interrupt task below is the only way out.
                if !everything && follow.services.isEmpty { return nil }
                var failed = false
                do {
                    try await followLogs(projectName: project.name, options: follow) { services in
                        await exits.expect(services.filter(isWatched).count)
                    } onExit: { exit in
                        guard isWatched(exit.service) else { return }
                        let last = await exits.record(exit)
                        // Ending the follow ends this task, and the group then stops the project.
                        if let abortsOn, abortsOn(exit) {
                            await exits.abort(on: exit)
                            throw CancellationError()
                        }
                        // Every watched container ended: done, even while shown dependencies still run.
                        if last { throw CancellationError() }
                    }
                } catch is CancellationError {
                } catch {
                    failed = true
                }
                if await exits.aborting != nil { return .aborted }
                // A stream that broke (a daemon gone) is no natural end: the project is stopped as on Ctrl-C.
                return watching == nil ? (failed ? .stopped : .finished) : nil
            }
            group.addTask {
                await interrupted()
                return .stopped
            }
            if let watching {
                group.addTask {
                    await watchAttached(project, plan: plan, rules: watching.rules, options: watching.options, services: attached ?? options.services)
                    return .stopped
                }
            }
            var end = AttachedEnd.stopped
            for await ending in group {
                guard let ending else { continue }
                end = ending
                break
            }
            group.cancelAll()
            return end
        }
        let aborting = await exits.aborting
        if aborting != nil { await sink.status("Aborting on container exit...") }
        // As Compose: once every container it shows has ended, `up` ends and leaves the others (`--attach`,
        // `attach: false`) running.
        if end != .finished { try await stop(projectName: project.name, services: options.services, timeout: options.stopTimeout) }
        guard abortsOn != nil else { return 0 }
        guard let service = options.exitCodeFrom else { return Int32(clamping: aborting?.code ?? 0) }
        if let own = await exits.code(of: service) { return Int32(clamping: own) }
        // The service was stopped rather than ending on its own: its code is what stopping left.
        let stopped = try await projectContainers(project.name).first { $0.record.service == service }
        return Int32(clamping: stopped?.record.exitCode ?? 0)
    }
}

extension Runner {
    /// The services whose output attached `up` shows, as Compose chooses them: with `--attach`, those (each
    /// one of `brought`, the services `up` brings up: the selected ones and their dependencies; nil for all);
    /// otherwise the selected ones (all when none is), with the rest of `brought` under `--attach-dependencies`,
    /// less those with `attach: false`; then less `--no-attach`. Nil when that is every selected service.
    package static func attachedServices(
        of project: Project, selected: [String], choice: AttachChoice = AttachChoice(), brought: Set<String>? = nil
    ) throws -> [String]? {
        let candidates = selected.isEmpty ? project.services.keys.sorted() : selected
        let brought = brought ?? Set(project.services.keys)
        var chosen: Set<String>
        if !choice.only.isEmpty {
            let unknown = Set(choice.only).subtracting(brought)
            guard unknown.isEmpty else {
                throw RunnerError.invalidSetting("cannot attach to services not included in up: \(unknown.sorted().joined(separator: ", "))")
            }
            chosen = Set(choice.only)
        } else {
            chosen = choice.dependencies ? brought.union(candidates) : Set(candidates)
            chosen = chosen.filter { project.services[$0].map { $0.attach != false } ?? false }
        }
        chosen.subtract(choice.never)
        return chosen == Set(candidates) ? nil : chosen.sorted()
    }
}

/// Why attached `up` stopped showing output.
private enum AttachedEnd: Sendable {
    /// Every container it showed ended on its own.
    case finished
    /// One ended as `--abort-on-container-exit` or `-failure` watches for.
    case aborted
    /// Interrupted, or watching ended.
    case stopped
}

private actor ExitLog {
    private var exits: [ContainerExit] = []
    /// The exit that ended attached mode (`--abort-on-container-exit` or `-failure`).
    private(set) var aborting: ContainerExit?
    /// Watched containers not yet exited.
    private var remaining = 0

    func expect(_ count: Int) { remaining = count }

    /// Records a watched container's exit; true when it was the last one.
    func record(_ exit: ContainerExit) -> Bool {
        exits.append(exit)
        remaining -= 1
        return remaining == 0
    }

    func abort(on exit: ContainerExit) { aborting = aborting ?? exit }
    func code(of service: String) -> Int? { exits.first { $0.service == service }?.code }
}
