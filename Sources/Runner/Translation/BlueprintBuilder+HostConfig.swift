import Foundation
import ComposeModel
import EngineAPI

extension BlueprintBuilder {
    /// The host side of a service: ports, mounts, restart policy, resources, hosts entries, security.
    static func hostConfig(of service: Service, in context: BlueprintContext) -> HostConfig {
        var host = HostConfig()
        host.portBindings = portBindings(of: service)
        host.mounts = mounts(of: service, in: context)
        host.tmpfs = tmpfs(of: service)
        host.restartPolicy = restartPolicy(of: service)
        host.networkMode = namespace(service.networkMode, in: context)
        let hosts = service.extraHosts.map(hostEntry) + (context.daemon.honoursExtraHosts ? context.injectedHosts : [])
        host.extraHosts = hosts.isEmpty ? nil : hosts
        host.dns = service.dns.isEmpty ? nil : service.dns
        host.dnsSearch = service.dnsSearch.isEmpty ? nil : service.dnsSearch
        host.dnsOptions = service.dnsOpt.isEmpty ? nil : service.dnsOpt
        host.capAdd = service.capAdd.isEmpty ? nil : service.capAdd
        host.capDrop = service.capDrop.isEmpty ? nil : service.capDrop
        host.securityOpt = service.securityOpt.isEmpty ? nil : service.securityOpt
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
        host.oomKillDisable = service.oomKillDisable
        host.cpusetCpus = service.cpuset
        host.cpuShares = service.cpuShares.map { Int($0) }
        host.shmSize = service.shmSize
        let limits = service.deploy?.resources.limits
        host.memory = service.memLimit ?? limits?.memory
        host.memoryReservation = service.memReservation ?? service.deploy?.resources.reservations?.memory
        host.memorySwap = service.memswapLimit
        host.pidsLimit = service.pidsLimit ?? limits?.pids
        host.nanoCpus = (service.cpus ?? limits?.cpus).map { Int64($0 * 1e9) }
        host.ulimits = service.ulimits.isEmpty ? nil : service.ulimits.keys.sorted().compactMap { name in
            guard let limit = service.ulimits[name] else { return nil }
            return HostConfig.Ulimit(
                name: name, soft: limit.soft ?? limit.single ?? 0, hard: limit.hard ?? limit.single ?? 0)
        }
        host.devices = service.devices.isEmpty ? nil : service.devices.map {
            HostConfig.DeviceMapping(pathOnHost: $0.source, pathInContainer: $0.target, cgroupPermissions: $0.permissions)
        }
        host.logConfig = service.logging?.driver.map { driver in
            HostConfig.LogConfig(type: driver, config: service.logging?.options.compactMapValues { $0 })
        }
        host.volumesFrom = volumesFrom(of: service, in: context)
        host.links = links(of: service, in: context)
        return host
    }

    /// `host=ip` (Compose's canonical form) as `host:ip`, the form every engine version accepts.
    static func hostEntry(_ entry: String) -> String {
        guard let equals = entry.firstIndex(of: "=") else { return entry }
        return entry.replacingCharacters(in: equals...equals, with: ":")
    }

    static func portBindings(of service: Service) -> [String: [HostConfig.PortBinding]]? {
        var bindings: [String: [HostConfig.PortBinding]] = [:]
        for port in service.ports {
            guard port.published != nil || port.mode == "host" else { continue }
            bindings["\(port.target)/\(port.protocol)", default: []].append(
                HostConfig.PortBinding(hostIP: port.hostIP ?? "", hostPort: port.published ?? ""))
        }
        return bindings.isEmpty ? nil : bindings
    }

    static func restartPolicy(of service: Service) -> HostConfig.RestartPolicy? {
        if let restart = service.restart {
            let parts = restart.split(separator: ":", maxSplits: 1).map(String.init)
            return HostConfig.RestartPolicy(name: parts.first ?? "no", maximumRetryCount: parts.count > 1 ? Int(parts[1]) : nil)
        }
        guard let policy = service.deploy?.restartPolicy else { return nil }
        let name = switch policy.condition {
        case "any": "always"
        case "on-failure": "on-failure"
        default: "no"
        }
        return HostConfig.RestartPolicy(name: name, maximumRetryCount: policy.maxAttempts)
    }
}
