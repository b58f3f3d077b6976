import EngineAPI
import Planner
import ComposeModel

extension Runner {
    /// Removes the project's containers (dependents first) and networks on every daemon, with
    /// `volumes` its named volumes, and with `images` its images (`removeImages`); touches nothing without the project's label. `run`'s one-off containers
    /// go too with `removeOrphans`; without, they stay, as in Compose, and a running one keeps its networks.
    package func down(projectName: String, project: Project?, options: DownOptions) async throws {
        let listed = try await projectContainers(projectName, oneOffs: true)
        let isOneOff = { (item: (record: ContainerRecord, daemon: Daemon)) in item.record.labels[Labels.oneoff] == "True" }
        let all = options.removeOrphans ? listed : listed.filter { !isOneOff($0) }
        let holding = options.removeOrphans ? [] : listed.filter { isOneOff($0) && $0.record.isRunning }
        let ours = all.filter { item in
            guard let project, !options.removeOrphans else { return true }
            return item.record.service.map { project.services[$0] != nil || project.disabledServices[$0] != nil } ?? false
        }
        if ours.count < all.count {
            await sink.warning("found orphan containers for this project; run with --remove-orphans to clean them up")
        }
        // The services whose built images `--rmi` takes: the file's, or without one those its containers name.
        let known = project.map { Set($0.services.keys) } ?? Set(listed.compactMap(\.record.service))
        if options.dryRun {
            for (record, daemon) in ours { await sink.progress(ProgressEvent(.container, record.name, "Remove", role: daemon.role.rawValue)) }
        } else {
            try await removeContainers(ours.map(\.record), project: projectName, volumes: options.volumes, timeout: options.timeout)
            try await removeResources(projectName: projectName, project: project, volumes: options.volumes, holding: holding)
        }
        if let images = options.images {
            // Without a file, Compose takes the services' images from their containers.
            var containerImages: [DaemonRole: [String]] = [:]
            for (record, daemon) in listed where project == nil { containerImages[daemon.role, default: []].append(record.image) }
            try await removeImages(
                images, projectName: projectName, project: project, knownServices: known, containerImages: containerImages,
                removeOrphans: options.removeOrphans, dryRun: options.dryRun)
        }
    }

    /// Stops and removes containers, dependents first, across daemons.
    func removeContainers(_ records: [ContainerRecord], project: String, volumes: Bool, timeout: Int?) async throws {
        let located = try await projectContainers(project, oneOffs: true).filter { item in records.contains { $0.id == item.record.id } }
        let sink = self.sink
        try await ServiceOrder.run(located, reversed: true) { record, daemon in
            let role = daemon.role.rawValue
            if record.isRunning {
                await sink.progress(ProgressEvent(.container, record.name, "Stopping", role: role))
                try await Engines.call("stop \(record.name)") { try await daemon.engine.stopContainer(record.id, timeout: timeout) }
                await sink.progress(ProgressEvent(.container, record.name, "Stopped", role: role))
            }
            await sink.progress(ProgressEvent(.container, record.name, "Removing", role: role))
            try await Engines.call("remove \(record.name)") { try await daemon.engine.removeContainer(record.id, volumes: volumes) }
            await sink.progress(ProgressEvent(.container, record.name, "Removed", role: role))
        }
    }

    /// Removes the project's networks (not those a container in `holding` is attached to, which stay with
    /// a warning, as Compose reports them "still in use") and with `volumes` its named volumes.
    private func removeResources(
        projectName: String, project: Project?, volumes: Bool, holding: [(record: ContainerRecord, daemon: Daemon)]
    ) async throws {
        let filter = Labels.projectFilter(projectName)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for daemon in daemons.all {
                let sink = self.sink
                group.addTask {
                    let role = daemon.role.rawValue
                    for network in try await daemon.engine.networks(labels: [filter]) {
                        if let user = holding.first(where: { $0.daemon.role == daemon.role && $0.record.addresses[network.name] != nil }) {
                            await sink.warning("network \(network.name) (\(role)) is still in use by \(user.record.name); not removed")
                            continue
                        }
                        try await Self.removeNetwork(network, on: daemon)
                        await sink.progress(ProgressEvent(.network, network.name, "Removed", role: role))
                    }
                    guard volumes else { return }
                    for volume in try await daemon.engine.volumes(labels: [filter]) {
                        let key = volume.labels[Labels.volume]
                        if let project, let key, project.volumes[key]?.external == true { continue }
                        try await Engines.call("remove volume \(volume.name)") { try await daemon.engine.removeVolume(volume.name) }
                        await sink.progress(ProgressEvent(.volume, volume.name, "Removed", role: role))
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    /// Removes a network, retrying while the daemon still releases endpoints of containers that just
    /// stopped (dockerd reports a container stopped before its network cleanup finished; after hundreds of
    /// removals on a busy daemon that takes seconds): 4 s of quick retries, then one a second, for 94 s at
    /// most. A network that lists no container yet still "has active endpoints" for 5 s is dockerd 20.10's
    /// endpoint-count leak (moby/moby#43286), which only a daemon restart clears: waiting on is pointless,
    /// so that is reported at once, with the remedy.
    private static func removeNetwork(_ network: NetworkRecord, on daemon: Daemon) async throws {
        let clock = ContinuousClock()
        let start = clock.now
        var emptySince: ContinuousClock.Instant?
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await daemon.engine.removeNetwork(network.id)
            } catch let error as EngineError where error.description.contains("active endpoints") {
                let operation = "remove network \(network.name)"
                // An inspect that fails says nothing: count it as attached, so only the 94 s bound applies.
                let attached = (try? await daemon.engine.attachedContainers(network: network.id)) ?? 1
                emptySince = attached > 0 ? nil : emptySince ?? clock.now
                if let emptySince, clock.now - emptySince >= .seconds(5) {
                    throw RunnerError.engine(
                        operation: operation,
                        reason: "the \(daemon.role.rawValue) daemon still counts endpoints on it though no container is attached "
                            + "(dockerd's endpoint-count leak, moby/moby#43286); restart that daemon, then run down again")
                }
                if clock.now - start >= .seconds(94) { throw RunnerError.engine(operation: operation, reason: String(describing: error)) }
                try await Task.sleep(for: .milliseconds(attempt <= 40 ? 100 : 1000))
            } catch {
                throw RunnerError.engine(operation: "remove network \(network.name)", reason: String(describing: error))
            }
        }
    }
}
