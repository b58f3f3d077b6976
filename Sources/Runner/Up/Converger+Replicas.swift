import ComposeModel
import EngineAPI
import Planner

extension Converger {
    /// Sorts a service's existing containers against its replica blueprints: returns, by replica index,
    /// the ones to keep and the changed ones to replace (`recreate`), after removing the others. Replicas
    /// beyond the count and containers on the wrong daemon are stopped and removed, highest number first,
    /// as Compose scales down.
    func reconcile(
        _ containers: [(record: ContainerRecord, role: DaemonRole)], with blueprints: [ContainerBlueprint], role: DaemonRole
    ) async throws -> (kept: [Int: ContainerRecord], replaced: [Int: ContainerRecord]) {
        var kept: [Int: ContainerRecord] = [:]
        var replaced: [Int: ContainerRecord] = [:]
        var surplus: [(record: ContainerRecord, role: DaemonRole)] = []
        for item in containers {
            guard item.role == role, let index = blueprints.firstIndex(where: { $0.name == item.record.name }),
                kept[index] == nil, replaced[index] == nil
            else {
                surplus.append(item)
                continue
            }
            if options.noRecreate
                || (item.record.labels[Labels.mixHash] == blueprints[index].hash && !options.forcesRecreate(blueprints[index].service))
            {
                kept[index] = item.record
            } else {
                replaced[index] = item.record
            }
        }
        for (record, owner) in surplus.sorted(by: { $0.record.number > $1.record.number }) {
            try await remove(record, from: owner)
        }
        return (kept, replaced)
    }

    /// Creates one replica from its blueprint, joining its extra networks.
    func create(_ blueprint: ContainerBlueprint, on daemon: Daemon) async throws -> PreparedContainer {
        let role = daemon.role.rawValue
        await sink.progress(ProgressEvent(.container, blueprint.name, "Creating", role: role))
        let record = try await createContainer(blueprint, named: blueprint.name, on: daemon)
        await sink.progress(ProgressEvent(.container, blueprint.name, "Created", role: role))
        return PreparedContainer(record: record, isNew: true)
    }

    /// The engine calls of a create under `name`: create, then join the extra networks. A container that
    /// cannot join them is removed again, so a failure leaves nothing behind. A dry run calls nothing.
    func createContainer(_ blueprint: ContainerBlueprint, named name: String, on daemon: Daemon) async throws -> ContainerRecord {
        let engine = daemon.engine
        var record = ContainerRecord(id: "", name: name, image: blueprint.request.image, labels: blueprint.request.labels ?? [:])
        guard !options.dryRun else { return record }
        record.id = try await Engines.call("create container \(blueprint.name)") {
            try await engine.createContainer(name: name, platform: blueprint.platform, request: blueprint.request)
        }
        do {
            for attachment in blueprint.extraNetworks {
                try await Engines.call("connect \(blueprint.name) to \(attachment.network)") {
                    try await engine.connectNetwork(attachment.network, container: record.id, endpoint: attachment.endpoint)
                }
            }
        } catch {
            try? await engine.removeContainer(record.id, volumes: false)
            throw error
        }
        return record
    }

    /// Stops (gracefully, as `down` does, or after `up -t` seconds) and removes a surplus container.
    private func remove(_ record: ContainerRecord, from role: DaemonRole) async throws {
        let owner = try daemons.daemon(for: role)
        let name = role.rawValue
        if record.isRunning {
            await sink.progress(ProgressEvent(.container, record.name, "Stopping", role: name))
            if !options.dryRun {
                try await Engines.call("stop \(record.name)") {
                    try await owner.engine.stopContainer(record.id, timeout: options.stopTimeout)
                }
            }
            await sink.progress(ProgressEvent(.container, record.name, "Stopped", role: name))
        }
        await sink.progress(ProgressEvent(.container, record.name, "Removing", role: name))
        if !options.dryRun {
            try await Engines.call("remove container \(record.name)") {
                try await owner.engine.removeContainer(record.id, volumes: false)
            }
        }
        await sink.progress(ProgressEvent(.container, record.name, "Removed", role: name))
    }
}
