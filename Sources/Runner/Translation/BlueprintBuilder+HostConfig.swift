#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ComposeModel
import EngineAPI

extension BlueprintBuilder {
    /// The host side of a service: ports, mounts, restart policy, resources, hosts entries, security.
    static func hostConfig(of service: Service, in context: BlueprintContext) -> HostConfig {
        var host = HostConfig()
        host.portBindings = portBindings(of: service, peerPorts: context.number == 1 ? context.peerPorts : [])
        host.mounts = mounts(of: service, in: context)
        host.binds = binds(of: service, in: context)
        host.tmpfs = tmpfs(of: service)
        host.restartPolicy = restartPolicy(of: service)
        host.networkMode = namespace(service.networkMode, in: context)
        let hosts = service.extraHosts.map(hostEntry) + (context.daemon.honoursExtraHosts ? context.injectedHosts : [])
        host.extraHosts = hosts
        host.dns = service.dns.isEmpty ? nil : service.dns
        host.dnsSearch = service.dnsSearch.isEmpty ? nil : service.dnsSearch
        host.dnsOptions = service.dnsOpt.isEmpty ? nil : service.dnsOpt
        host.capAdd = service.capAdd.isEmpty ? nil : service.capAdd.map(capability)
        host.capDrop = service.capDrop.isEmpty ? nil : service.capDrop.map(capability)
        host.groupAdd = service.groupAdd.isEmpty ? nil : service.groupAdd
        host.sysctls = service.sysctls.isEmpty ? nil : service.sysctls
        host.storageOpt = service.storageOpt.isEmpty ? nil : service.storageOpt
        host.privileged = service.privileged
        host.readonlyRootfs = service.readOnly
        host.`init` = service.initProcess
        host.isolation = service.isolation
        host.ipcMode = namespace(service.ipc, in: context)
        host.pidMode = namespace(service.pid, in: context)
        host.runtime = service.runtime
        host.shmSize = service.shmSize
        host.cgroupnsMode = service.cgroup
        host.utsMode = service.uts
        host.usernsMode = service.userNSMode
        host.oomScoreAdj = service.oomScoreAdj.map { Int($0) }
        host.annotations = service.annotations.isEmpty ? nil : service.annotations
        applyResources(of: service, to: &host)
        host.logConfig = service.logging.map { $0.driver ?? "" }.map { driver in
            HostConfig.LogConfig(type: driver, config: service.logging?.options.compactMapValues { $0 })
        }
        host.volumesFrom = volumesFrom(of: service, in: context)
        host.links = links(of: service, in: context)
        return host
    }

    /// `NET_ADMIN` as `CAP_NET_ADMIN` (`ALL` stays): Docker's Go client, and so Compose, sends them so.
    static func capability(_ name: String) -> String {
        let upper = name.uppercased()
        return upper == "ALL" || upper.hasPrefix("CAP_") ? upper : "CAP_" + upper
    }

    /// `host=ip` (Compose's canonical form) as `host:ip`, the form every engine version accepts.
    static func hostEntry(_ entry: String) -> String {
        guard let equals = entry.firstIndex(of: "=") else { return entry }
        var entry = entry
        entry.replaceSubrange(equals...equals, with: ":")
        return entry
    }

    /// Every port, an empty map when there are none (as Compose sends it), and `peerPorts` 1:1.
    static func portBindings(of service: Service, peerPorts: [String] = []) -> [String: [HostConfig.PortBinding]]? {
        var bindings: [String: [HostConfig.PortBinding]] = [:]
        // Compose binds every port, an unpublished one to an ephemeral host port.
        for port in service.ports {
            bindings["\(port.target)/\(port.protocol)", default: []].append(
                HostConfig.PortBinding(hostIP: port.hostIP ?? "", hostPort: port.published ?? ""))
        }
        // Peers on the other daemon reach these through the host, at the same port.
        for key in peerPorts where bindings[key] == nil {
            bindings[key] = [HostConfig.PortBinding(hostIP: "", hostPort: String(key.prefix { $0 != "/" }))]
        }
        return bindings
    }

    /// `restart:`, overridden by `deploy.restart_policy`, with Compose's names for the conditions.
    static func restartPolicy(of service: Service) -> HostConfig.RestartPolicy? {
        if let policy = service.deploy?.restartPolicy {
            return HostConfig.RestartPolicy(
                name: restartName(policy.condition ?? ""), maximumRetryCount: policy.maxAttempts ?? 0)
        }
        guard let restart = service.restartPolicy else { return nil }
        return HostConfig.RestartPolicy(name: restartName(restart.name), maximumRetryCount: restart.retries)
    }

    private static func restartName(_ condition: String) -> String {
        switch condition {
        case "none", "no": "no"
        case "any", "always": "always"
        default: condition
        }
    }
}
