import ComposeModel
import EngineAPI
import Planner

extension Converger {
    /// Sorts a service's existing containers against its replica blueprints: returns the ones to
    /// keep by replica index, after removing the others. Replicas beyond the count go first, highest
    /// number first and stopped before removal, as Compose scales down; then changed or misplaced ones.
    func reconcile(
        _ containers: [(record: ContainerRecord, role: DaemonRole)], with blueprints: [ContainerBlueprint], role: DaemonRole
    ) async throws -> [Int: ContainerRecord] {
        var kept: [Int: ContainerRecord] = [:]
        var surplus: [(record: ContainerRecord, role: DaemonRole)] = []
        var stale: [(record: ContainerRecord, role: DaemonRole)] = []
        for item in containers {
            guard item.role == role, let index = blueprints.firstIndex(where: { $0.name == item.record.name }) else {
                surplus.append(item)
                continue
            }
            if kept[index] == nil, item.record.labels[Labels.mixHash] == blueprints[index].hash, !options.forceRecreate {
                kept[index] = item.record
            } else {
                stale.append(item)
            }
        }
        for (record, owner) in surplus.sorted(by: { Self.number(of: $0.record) > Self.number(of: $1.record) }) {
            try await remove(record, from: owner, stopping: true)
        }
        for (record, owner) in stale {
            try await remove(record, from: owner, stopping: false)
        }
        return kept
    }

    /// Creates one replica from its blueprint, joining its extra networks.
    func create(_ blueprint: ContainerBlueprint, on daemon: Daemon) async throws -> PreparedContainer {
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
        return PreparedContainer(record: record, isNew: true)
    }

    /// Removes a container: a surplus replica is stopped first (gracefully, as `down` does); one
    /// about to be recreated is removed at once.
    private func remove(_ record: ContainerRecord, from role: DaemonRole, stopping: Bool) async throws {
        let owner = try daemons.daemon(for: role)
        let name = role.rawValue
        if stopping {
            if record.isRunning {
                await sink.progress(ProgressEvent(.container, record.name, "Stopping", role: name))
                if !options.dryRun {
                    try await Engines.call("stop \(record.name)") { try await owner.engine.stopContainer(record.id, timeout: nil) }
                }
                await sink.progress(ProgressEvent(.container, record.name, "Stopped", role: name))
            }
            await sink.progress(ProgressEvent(.container, record.name, "Removing", role: name))
        } else {
            await sink.progress(ProgressEvent(.container, record.name, "Recreate", role: name))
        }
        if !options.dryRun {
            try await Engines.call("remove container \(record.name)") {
                try await owner.engine.removeContainer(record.id, volumes: false)
            }
        }
        if stopping { await sink.progress(ProgressEvent(.container, record.name, "Removed", role: name)) }
    }

    /// The container's replica number (0 when unlabelled).
    private static func number(of record: ContainerRecord) -> Int {
        record.labels[Labels.containerNumber].flatMap { Int($0) } ?? 0
    }
}
