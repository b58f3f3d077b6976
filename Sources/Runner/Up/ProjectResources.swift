import ComposeModel
import EngineAPI
import Planner

/// Creates the networks and named volumes each daemon needs for the services placed on it.
struct ProjectResources: Sendable {
    var project: Project
    var sink: any ProgressSink
    var dryRun: Bool

    /// Ensures, on every daemon in parallel, the networks and volumes of the services placed on it.
    func ensure(_ services: [PlannedService], daemons: DaemonSet) async throws {
        var byRole: [DaemonRole: [Service]] = [:]
        for planned in services {
            if let service = project.services[planned.name] { byRole[planned.role, default: []].append(service) }
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (role, services) in byRole {
                let daemon = try daemons.daemon(for: role)
                group.addTask { try await ensure(services, on: daemon) }
            }
            try await group.waitForAll()
        }
    }

    private func ensure(_ services: [Service], on daemon: Daemon) async throws {
        let engine = daemon.engine
        let role = daemon.role.rawValue
        let networkKeys = Set(services.flatMap(NetworkAttachments.keys(of:))).sorted()
        let existingNetworks = try await Engines.call("list networks") {
            try await engine.networks(labels: [Labels.projectFilter(project.name)])
        }
        for key in networkKeys {
            let network = project.networks[key] ?? Network(key: key, name: "\(project.name)_\(key)")
            guard !network.external, !existingNetworks.contains(where: { $0.name == network.name }) else { continue }
            await sink.progress(ProgressEvent(.network, network.name, "Creating", role: role))
            if !dryRun {
                _ = try await Engines.call("create network \(network.name)") {
                    try await engine.createNetwork(request(for: network, on: daemon))
                }
            }
            await sink.progress(ProgressEvent(.network, network.name, "Created", role: role))
        }
        let volumeKeys = Set(services.flatMap(BlueprintBuilder.namedVolumeKeys(of:))).sorted()
        let existingVolumes = try await Engines.call("list volumes") {
            try await engine.volumes(labels: [Labels.projectFilter(project.name)])
        }
        for key in volumeKeys {
            guard let volume = project.volumes[key], !volume.external,
                  !existingVolumes.contains(where: { $0.name == volume.name }) else { continue }
            await sink.progress(ProgressEvent(.volume, volume.name, "Creating", role: role))
            if !dryRun {
                var labels = volume.labels
                labels[Labels.project] = project.name
                labels[Labels.volume] = key
                let request = VolumeCreateRequest(
                    name: volume.name, driver: volume.driver, driverOpts: volume.driverOpts.isEmpty ? nil : volume.driverOpts,
                    labels: labels)
                try await Engines.call("create volume \(volume.name)") { try await engine.createVolume(request) }
            }
            await sink.progress(ProgressEvent(.volume, volume.name, "Created", role: role))
        }
    }

    /// The create request of a project network: `nat` on a real Windows daemon unless a driver is set.
    func request(for network: Network, on daemon: Daemon) -> NetworkCreateRequest {
        var request = NetworkCreateRequest(name: network.name)
        request.driver = network.driver ?? daemon.defaultNetworkDriver
        var labels = network.labels
        labels[Labels.project] = project.name
        labels[Labels.network] = network.key
        request.labels = labels
        request.internal = network.internal
        request.attachable = network.attachable
        request.enableIPv6 = network.enableIPv6
        request.options = network.driverOpts.isEmpty ? nil : network.driverOpts
        request.checkDuplicate = true
        if !network.ipamConfig.isEmpty || network.ipamDriver != nil {
            request.ipam = IPAM(
                driver: network.ipamDriver,
                config: network.ipamConfig.map { IPAM.Pool(subnet: $0.subnet, ipRange: $0.ipRange, gateway: $0.gateway) },
                options: network.ipamOptions.isEmpty ? nil : network.ipamOptions)
        }
        return request
    }
}
