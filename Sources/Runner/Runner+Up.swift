import ComposeModel
import EngineAPI
import Planner

extension Runner {
    /// Brings `project` up as `plan` places it: preflight, networks and volumes, then every service
    /// created and started as soon as its own needs are met, on both daemons at once.
    package func up(_ project: Project, plan: Plan, options: UpOptions) async throws {
        _ = try await converge(project, plan: plan, options: options)
    }

    /// `up`'s work, returning what it prepared by service. With `oneOff`, that service gets `run`'s one-off
    /// container, created but not started, instead of its replicas. With `noDeps`, only the selected
    /// services are brought up, and the peers they need outside the selection are taken as they run.
    func converge(
        _ project: Project, plan: Plan, options: UpOptions, oneOff: OneOff? = nil
    ) async throws -> [String: PreparedService] {
        guard !plan.hasErrors else { throw RunnerError.planHasErrors }
        try ReplicaCount.validate(options.scale, project: project)
        var needs = try UpNeeds.of(plan, project: project, selection: options.services)
        let noDeps = options.noDeps && !options.services.isEmpty
        if noDeps {
            let selected = Set(options.services)
            needs = needs.filter { selected.contains($0.key) }.mapValues { $0.filter { selected.contains($0.service) } }
        }
        // Nothing starts, so nothing becomes healthy or completes: creating needs only the others created.
        if options.noStart { needs = needs.mapValues { $0.map { Need($0.service, .started) } } }
        let services = plan.services.filter { needs[$0.name] != nil }
        let imageIDs = try await Preflight(project: project, daemons: daemons, sink: sink, options: options, credentials: credentials).run(services)
        let existing = try await projectContainers(project.name)
        try await handleOrphans(existing.map(\.record), project: project, remove: options.removeOrphans && !options.dryRun)
        try await ProjectResources(project: project, sink: sink, dryRun: options.dryRun).ensure(services, daemons: daemons)
        var byService: [String: [(record: ContainerRecord, role: DaemonRole)]] = [:]
        for (record, daemon) in existing {
            if let service = record.service { byService[service, default: []].append((record, daemon.role)) }
        }
        // Compose gives containers the CLI's proxy settings; an unreadable config.json stops it too.
        var cliConfig = DockerConfigFile()
        do {
            if let directory = credentials.directory { cliConfig = try DockerConfigFile.load(directory: directory) }
        } catch {
            throw RunnerError.invalidSetting("\(error)")
        }
        var converger = Converger(
            project: project, daemons: daemons, sink: sink, options: options, existing: byService,
            addressed: UpNeeds.addressed(plan), crossConsumers: UpNeeds.crossConsumers(plan), imageIDs: imageIDs, cliConfig: cliConfig)
        converger.oneOff = oneOff
        let seeded = noDeps ? try await runningPeers(of: Set(needs.keys), plan: plan, project: project, existing: existing) : [:]
        let board = EventBoard()
        let watched = options.dryRun ? [] : Array(Set(services.map(\.role))).sorted()
        return try await withThrowingTaskGroup(of: Void.self) { watchers in
            for role in watched {
                let daemon = try daemons.daemon(for: role)
                watchers.addTask { await Self.watchEvents(of: daemon, project: project.name, board: board) }
            }
            if !watched.isEmpty {
                watchers.addTask { await Self.wakePeriodically(board) }
            }
            defer { watchers.cancelAll() }
            var createNeeds = UpNeeds.beforeCreate(plan, project: project, needs: needs)
            if noDeps { createNeeds = createNeeds.mapValues { $0.filter { seeded[$0.service] == nil && needs[$0.service] != nil } } }
            let walk = DependencyWalk(needs: needs, createNeeds: createNeeds, finalNeeds: options.wait ? UpNeeds.final(needs) : [])
            let waiter = MilestoneWaiter(board: board, timeout: options.timeout)
            let optional = UpNeeds.optional(needs, project: project)
            return try await UpWalker(plan: plan, converger: converger, waiter: waiter, optional: optional, sink: sink, seeded: seeded)
                .run(walk, dryRun: options.dryRun)
        }
    }

    /// The peers outside `services` that those services are given addresses of or reference, as they run now
    /// (`--no-deps`): each peer's running replicas, lowest number first, replica 1 inspected for its
    /// addresses; none for a peer that does not run, which is then left out with a warning.
    func runningPeers(
        of services: Set<String>, plan: Plan, project: Project, existing: [(record: ContainerRecord, daemon: Daemon)]
    ) async throws -> [String: StartedService] {
        let targets = services.flatMap { service in
            (plan.service(named: service)?.createAfterStarted ?? []) + (project.services[service].map(UpNeeds.referenced(by:)) ?? [])
        }
        var result: [String: StartedService] = [:]
        for target in Set(targets).subtracting(services) {
            let running = existing.filter { $0.record.service == target && $0.record.isRunning }
                .sorted { $0.record.number < $1.record.number }
            guard let first = running.first else {
                if let peer = plan.service(named: target) {
                    result[target] = StartedService(replicas: [], daemon: try daemons.daemon(for: peer.role))
                }
                continue
            }
            var replicas = running.map(\.record)
            replicas[0] = try await Engines.call("inspect container \(first.record.name)") {
                try await first.daemon.engine.inspectContainer(first.record.id)
            }
            result[target] = StartedService(replicas: replicas, daemon: first.daemon)
        }
        return result
    }

    /// Feeds a daemon's container events for the project to the board until cancelled; a lost
    /// stream only slows waiters down to the periodic wake-up.
    private static func watchEvents(of daemon: Daemon, project: String, board: EventBoard) async {
        try? await daemon.engine.events(labels: [Labels.projectFilter(project)]) { event in
            await board.deliver(event)
        }
    }

    /// Wakes every waiter every few seconds, so a missed event delays a wait but never hangs it.
    private static func wakePeriodically(_ board: EventBoard) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(3))
            await board.wakeAll()
        }
    }

    /// Warns about containers of services the project no longer has, or removes them.
    func handleOrphans(_ containers: [ContainerRecord], project: Project, remove: Bool) async throws {
        let orphans = containers.filter { record in record.service.map { project.services[$0] == nil } ?? true }
        guard !orphans.isEmpty else { return }
        guard remove else {
            await sink.warning(
                "found orphan containers (\(orphans.map(\.name).joined(separator: ", "))) for this project; "
                    + "run with --remove-orphans to clean them up")
            return
        }
        try await removeContainers(orphans, project: project.name, volumes: false, timeout: nil)
    }
}
