import ComposeModel
import EngineAPI
import Planner

/// Brings one service's container to its blueprint in two steps, as Compose does: `prepare` keeps an
/// identical container or (re)creates it as soon as the peers whose addresses it is given have
/// started; `start` starts it once every dependency condition holds.
struct Converger: Sendable {
    var project: Project
    var daemons: DaemonSet
    var sink: any ProgressSink
    var options: UpOptions
    /// Every container of the project on every daemon when `up` began, by service.
    var existing: [String: [(record: ContainerRecord, role: DaemonRole)]]
    /// Services whose address some other service is given: only these are inspected after start.
    var addressed: Set<String> = []

    /// Keeps, or removes and creates, `planned`'s container given the started peers it needs.
    func prepare(_ planned: PlannedService, peers: [String: StartedService]) async throws -> PreparedContainer {
        guard let service = project.services[planned.name] else { throw RunnerError.unknownService(planned.name) }
        let daemon = try daemons.daemon(for: planned.role)
        var context = BlueprintContext(project: project, daemon: daemon, os: planned.os)
        try inject(planned, peers: peers, into: &context)
        let blueprint = BlueprintBuilder.blueprint(for: service, in: context)
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
            if !options.dryRun {
                try await Engines.call("remove container \(record.name)") {
                    try await owner.engine.removeContainer(record.id, volumes: false)
                }
            }
        }
        if let current {
            return PreparedContainer(record: current, daemon: daemon, isNew: false)
        }
        let engine = daemon.engine
        let role = daemon.role.rawValue
        await sink.progress(ProgressEvent(.container, blueprint.name, "Creating", role: role))
        var record = ContainerRecord(id: "", name: blueprint.name, image: blueprint.request.image, labels: blueprint.request.labels ?? [:])
        if !options.dryRun {
            record.id = try await Engines.call("create container \(blueprint.name)") {
                try await engine.createContainer(name: blueprint.name, platform: blueprint.platform, request: blueprint.request)
            }
            for attachment in blueprint.extraNetworks {
                try await Engines.call("connect \(blueprint.name) to \(attachment.network)") {
                    try await engine.connectNetwork(attachment.network, container: record.id, aliases: attachment.aliases)
                }
            }
        }
        await sink.progress(ProgressEvent(.container, blueprint.name, "Created", role: role))
        return PreparedContainer(record: record, daemon: daemon, isNew: true)
    }

    /// Starts a prepared container unless it runs already; inspects it when peers need its address.
    func start(_ prepared: PreparedContainer, service: String) async throws -> StartedService {
        var record = prepared.record
        let daemon = prepared.daemon
        let role = daemon.role.rawValue
        if !prepared.isNew && record.isRunning {
            await sink.progress(ProgressEvent(.container, record.name, "Running", role: role))
        } else {
            await sink.progress(ProgressEvent(.container, record.name, "Starting", role: role))
            if !options.dryRun {
                try await Engines.call("start \(record.name)") { try await daemon.engine.startContainer(record.id) }
            }
            record.state = "running"
            await sink.progress(ProgressEvent(.container, record.name, "Started", role: role))
        }
        guard addressed.contains(service), !options.dryRun else { return StartedService(container: record, daemon: daemon) }
        let id = record.id
        let inspected = try await Engines.call("inspect container \(record.name)") { try await daemon.engine.inspectContainer(id) }
        return StartedService(container: inspected, daemon: daemon)
    }
}

/// A service's container after `prepare`: kept as it was, or newly created (not yet started).
struct PreparedContainer: Sendable {
    var record: ContainerRecord
    var daemon: Daemon
    var isNew: Bool
}
