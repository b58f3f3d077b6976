#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ComposeModel
import EngineAPI
import Planner

/// Translates a Compose `Service` into a `ContainerBlueprint` for one daemon.
package enum BlueprintBuilder {
    /// The blueprint of `service` in `context`: the create request Docker Compose sends for it at the
    /// daemon's API version; throws where Compose refuses the service at that version.
    package static func blueprint(
        for service: Service, in context: BlueprintContext
    ) throws(BlueprintError) -> ContainerBlueprint {
        let name = context.containerName(of: service)
        let version = context.daemon.facts.apiVersion
        var request = ContainerCreateRequest(image: context.project.imageName(of: service))
        request.env = environment(of: service, injected: context.injectedEnv, proxies: context.proxyEnv)
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
        request.networkDisabled = service.networkMode == "disabled" ? true : nil
        // Compose always asks for both output streams, attached or not.
        request.attachStdout = true
        request.attachStderr = true
        if let check = service.healthcheck {
            request.healthcheck = try healthConfig(check, service: service.name, version: version)
        }
        request.exposedPorts = exposedPorts(of: service, peerPorts: context.number == 1 ? context.peerPorts : [])
        request.hostConfig = hostConfig(of: service, in: context)
        try applySecurityOptions(of: service, in: context, to: &request)
        if version < APIVersion(1, 48), service.volumes.contains(where: { $0.type == .image }) {
            throw .refused(service: service.name, reason: "volume with type=image require Docker Engine v28 or later")
        }
        let mounts = fileMounts(of: service, in: context, after: request.hostConfig?.mounts)
        request.hostConfig?.mounts = mounts
        let files = injectedFiles(of: service, in: context)
        var extra = try attachNetworks(service, to: &request, in: context, containerName: name)
        linkEndpoints(of: &request)
        // Compose gives every endpoint the links, those joined after create too.
        for index in extra.indices { extra[index].endpoint.links = request.hostConfig?.links }
        let platform = context.daemon.facts.supportsCreatePlatform ? context.daemon.platform(for: context.os) : nil
        request.labels = labels(of: service, in: context)
        if let imageID = context.imageID { request.labels?[Labels.image] = imageID }
        let hosts = hostsFile(in: context)
        let hash = StableHash.of(
            HashInput(name: name, platform: platform, request: request, extra: extra, files: files.isEmpty ? nil : files, hosts: hosts))
        // Compose's own hash, so tools that detect drift by it work; convergence compares mixcompose's.
        request.labels?[Labels.configHash] =
            context.composeHashInput.map { ComposeServiceHash.of($0, referenced: context.referenced) } ?? hash
        request.labels?[Labels.mixHash] = hash
        return ContainerBlueprint(
            service: service.name, name: name, platform: platform, request: request, extraNetworks: extra, files: files,
            hosts: hosts, hash: hash, warnings: droppedByVersion(service, in: context))
    }

    /// The hosts file a Windows-role container gets for its cross-daemon peers (nil without any): at
    /// `C:\` in a Windows container, at `/` on the Linux stand-in.
    static func hostsFile(in context: BlueprintContext) -> HostsFile? {
        guard context.os == .windows, !context.injectedHosts.isEmpty else { return nil }
        return HostsFile(root: context.daemon.imageOS(for: context.os) == "windows" ? #"C:\"# : "/", entries: context.injectedHosts)
    }

    /// `KEY=value` entries sorted by key: the CLI's proxy variables, then the service's environment,
    /// then injected values, each winning over the one before; a variable left unset (null) is sent as
    /// a bare `KEY`, as Compose sends it, which removes it from the image's environment.
    static func environment(
        of service: Service, injected: [String: String], proxies: [String: String] = [:]
    ) -> [String]? {
        var values: [String: String?] = proxies
        for (key, value) in service.environment { values[key] = value }
        for (key, value) in injected { values[key] = value }
        return values.isEmpty ? nil : values.keys.sorted().map { key in
            (values[key] ?? nil).map { "\(key)=\($0)" } ?? key
        }
    }

    /// The health check; `start_interval` needs API 1.44 and a `start_period`, as Compose checks.
    static func healthConfig(
        _ check: Service.Healthcheck, service: String, version: APIVersion
    ) throws(BlueprintError) -> HealthConfig {
        if check.startInterval != nil {
            if version < APIVersion(1, 44) {
                throw .refused(
                    service: service,
                    reason: "can't set healthcheck.start_interval as feature require Docker Engine v25 or later")
            }
            if check.startPeriod == nil {
                throw .refused(service: service, reason: "healthcheck.start_interval requires healthcheck.start_period to be set")
            }
        }
        if check.disable == true { return HealthConfig(test: ["NONE"]) }
        return HealthConfig(
            test: check.test, interval: check.interval.flatMap(GoDuration.nanoseconds),
            timeout: check.timeout.flatMap(GoDuration.nanoseconds), retries: check.retries,
            startPeriod: check.startPeriod.flatMap(GoDuration.nanoseconds),
            startInterval: check.startInterval.flatMap(GoDuration.nanoseconds))
    }

    /// `expose` entries as written (`3000`, `4000/udp`: Compose sends them unchanged) and each port's
    /// `target/protocol`.
    static func exposedPorts(of service: Service, peerPorts: [String] = []) -> [String: EmptyObject]? {
        var keys = Set(service.ports.map { "\($0.target)/\($0.protocol)" })
        keys.formUnion(service.expose)
        keys.formUnion(peerPorts)
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
        if !context.routes.isEmpty {
            labels[Labels.peerRoutes] = context.routes.keys.sorted().map { "\($0)=\(context.routes[$0]?.rawValue ?? "")" }
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
