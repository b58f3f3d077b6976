import ComposeModel
import EngineAPI
import Planner

/// Translates a Compose `Service` into a `ContainerBlueprint` for one daemon.
package enum BlueprintBuilder {
    /// The blueprint of `service` in `context`.
    package static func blueprint(for service: Service, in context: BlueprintContext) -> ContainerBlueprint {
        let name = context.containerName(of: service)
        var request = ContainerCreateRequest(image: service.image ?? "\(context.project.name)-\(service.name)")
        request.env = environment(of: service, injected: context.injectedEnv)
        request.cmd = service.command
        request.entrypoint = service.entrypoint
        request.user = service.user
        request.workingDir = service.workingDir
        request.hostname = service.hostname
        request.domainname = service.domainname
        request.tty = service.tty
        request.openStdin = service.stdinOpen
        request.stopSignal = service.stopSignal
        request.stopTimeout = service.stopGracePeriod.flatMap(GoDuration.seconds)
        request.healthcheck = service.healthcheck.map(healthConfig)
        request.exposedPorts = exposedPorts(of: service)
        request.hostConfig = hostConfig(of: service, in: context)
        let mounts = fileMounts(of: service, in: context, after: request.hostConfig?.mounts)
        request.hostConfig?.mounts = mounts
        let files = injectedFiles(of: service, in: context)
        let networks = NetworkAttachments.of(service, in: context, containerName: name)
        if let primary = networks.first, service.networkMode == nil {
            request.hostConfig?.networkMode = primary.network
            let endpoint = EndpointSettings(
                aliases: primary.aliases.isEmpty ? nil : primary.aliases,
                ipamConfig: primary.ipv4Address.map { EndpointSettings.IPAMConfig(ipv4Address: $0) })
            request.networkingConfig = NetworkingConfig(endpointsConfig: [primary.network: endpoint])
        }
        let extra = service.networkMode == nil ? Array(networks.dropFirst()) : []
        linkEndpoints(of: &request)
        let platform = context.daemon.facts.supportsCreatePlatform ? context.daemon.platform(for: context.os) : nil
        request.labels = labels(of: service, in: context)
        if let imageID = context.imageID { request.labels?[Labels.image] = imageID }
        let hosts = hostsFile(in: context)
        let hash = StableHash.of(
            HashInput(name: name, platform: platform, request: request, extra: extra, files: files.isEmpty ? nil : files, hosts: hosts))
        request.labels?[Labels.configHash] = hash
        request.labels?[Labels.mixHash] = hash
        return ContainerBlueprint(
            service: service.name, name: name, platform: platform, request: request, extraNetworks: extra, files: files,
            hosts: hosts, hash: hash)
    }

    /// The hosts file a Windows-role container gets for its cross-daemon peers (nil without any): at
    /// `C:\` in a Windows container, at `/` on the Linux stand-in.
    static func hostsFile(in context: BlueprintContext) -> HostsFile? {
        guard context.os == .windows, !context.injectedHosts.isEmpty else { return nil }
        return HostsFile(root: context.daemon.imageOS(for: context.os) == "windows" ? #"C:\"# : "/", entries: context.injectedHosts)
    }

    /// `KEY=value` entries sorted by key; injected values win; unset (null) variables are left out.
    static func environment(of service: Service, injected: [String: String]) -> [String]? {
        var values: [String: String] = [:]
        for (key, value) in service.environment {
            if let value { values[key] = value }
        }
        values.merge(injected) { _, new in new }
        return values.isEmpty ? nil : values.keys.sorted().map { "\($0)=\(values[$0] ?? "")" }
    }

    static func healthConfig(_ check: Service.Healthcheck) -> HealthConfig {
        if check.disable == true { return HealthConfig(test: ["NONE"]) }
        return HealthConfig(
            test: check.test, interval: check.interval.flatMap(GoDuration.nanoseconds),
            timeout: check.timeout.flatMap(GoDuration.nanoseconds), retries: check.retries,
            startPeriod: check.startPeriod.flatMap(GoDuration.nanoseconds),
            startInterval: check.startInterval.flatMap(GoDuration.nanoseconds))
    }

    static func exposedPorts(of service: Service) -> [String: EmptyObject]? {
        var keys = Set(service.ports.map { "\($0.target)/\($0.protocol)" })
        for item in service.expose {
            keys.insert(item.contains("/") ? item : item + "/tcp")
        }
        return keys.isEmpty ? nil : Dictionary(uniqueKeysWithValues: keys.map { ($0, EmptyObject()) })
    }

    private static func labels(of service: Service, in context: BlueprintContext) -> [String: String] {
        var labels = service.labels
        labels[Labels.project] = context.project.name
        labels[Labels.service] = service.name
        labels[Labels.containerNumber] = String(context.number)
        labels[Labels.oneoff] = "False"
        labels[Labels.workingDir] = context.project.workingDirectory
        labels[Labels.configFiles] = context.project.composeFiles.joined(separator: ",")
        labels[Labels.dependsOn] = service.dependsOn.keys.sorted().compactMap { key in
            service.dependsOn[key].map { "\(key):\($0.condition.rawValue):\($0.restart)" }
        }.joined(separator: ",")
        labels[Labels.role] = context.daemon.role.rawValue
        if !context.peers.isEmpty {
            labels[Labels.peers] = context.peers.keys.sorted().map { "\($0)=\(context.peers[$0] ?? "")" }
                .joined(separator: ",")
        }
        return labels
    }

    private struct HashInput: Encodable {
        var name: String
        var platform: String?
        var request: ContainerCreateRequest
        var extra: [ContainerBlueprint.Attachment]
        // Left out when empty, so containers without secrets keep their hash.
        var files: [InjectedFile]?
        // Likewise left out when nil.
        var hosts: HostsFile?
    }
}
