import ComposeModel
import EngineAPI
import Planner

/// Brings one service's container to its blueprint: keeps an identical running one, starts an
/// identical stopped one, recreates a changed one, creates a missing one.
struct Converger: Sendable {
    var project: Project
    var daemons: DaemonSet
    var sink: any ProgressSink
    var options: UpOptions
    /// Every container of the project on every daemon when `up` began, by service.
    var existing: [String: [(record: ContainerRecord, role: DaemonRole)]]

    /// Converges `planned` given the started peers it may need, and returns its running container.
    func converge(_ planned: PlannedService, peers: [String: StartedService]) async throws -> StartedService {
        guard let service = project.services[planned.name] else { throw RunnerError.unknownService(planned.name) }
        let daemon = try daemons.daemon(for: planned.role)
        var context = BlueprintContext(project: project, daemon: daemon, os: planned.os)
        try inject(planned, peers: peers, into: &context)
        let blueprint = BlueprintBuilder.blueprint(for: service, in: context)
        let role = daemon.role.rawValue
        var current: ContainerRecord?
        for (record, otherRole) in existing[planned.name] ?? [] {
            if otherRole == planned.role, record.name == blueprint.name, current == nil,
               record.labels[Labels.mixHash] == blueprint.hash, !options.forceRecreate {
                current = record
                continue
            }
            // A stale replica, a changed one, or one left on the other daemon by an earlier placement.
            let owner = try daemons.daemon(for: otherRole)
            await sink.progress(ProgressEvent(.container, record.name, "Recreate", role: otherRole.rawValue))
            if !options.dryRun { try await Engines.call("remove container \(record.name)") {
                try await owner.engine.removeContainer(record.id, volumes: false)
            } }
        }
        let engine = daemon.engine
        if let current {
            if current.isRunning {
                await sink.progress(ProgressEvent(.container, current.name, "Running", role: role))
            } else {
                await sink.progress(ProgressEvent(.container, current.name, "Starting", role: role))
                if !options.dryRun { try await Engines.call("start \(current.name)") { try await engine.startContainer(current.id) } }
                await sink.progress(ProgressEvent(.container, current.name, "Started", role: role))
            }
            return try await started(current.id, fallback: current, daemon: daemon)
        }
        await sink.progress(ProgressEvent(.container, blueprint.name, "Creating", role: role))
        guard !options.dryRun else {
            await sink.progress(ProgressEvent(.container, blueprint.name, "Started", role: role))
            return StartedService(container: ContainerRecord(id: "", name: blueprint.name, labels: blueprint.request.labels ?? [:]), daemon: daemon)
        }
        let id = try await Engines.call("create container \(blueprint.name)") {
            try await engine.createContainer(name: blueprint.name, platform: blueprint.platform, request: blueprint.request)
        }
        for attachment in blueprint.extraNetworks {
            try await Engines.call("connect \(blueprint.name) to \(attachment.network)") {
                try await engine.connectNetwork(attachment.network, container: id, aliases: attachment.aliases)
            }
        }
        await sink.progress(ProgressEvent(.container, blueprint.name, "Created", role: role))
        await sink.progress(ProgressEvent(.container, blueprint.name, "Starting", role: role))
        try await Engines.call("start \(blueprint.name)") { try await engine.startContainer(id) }
        await sink.progress(ProgressEvent(.container, blueprint.name, "Started", role: role))
        return try await started(id, fallback: nil, daemon: daemon)
    }

    private func started(_ id: String, fallback: ContainerRecord?, daemon: Daemon) async throws -> StartedService {
        if options.dryRun, let fallback { return StartedService(container: fallback, daemon: daemon) }
        let record = try await Engines.call("inspect container \(id)") { try await daemon.engine.inspectContainer(id) }
        return StartedService(container: record, daemon: daemon)
    }
}
