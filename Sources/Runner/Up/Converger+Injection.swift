import ComposeModel
import Planner

extension Converger {
    /// Resolves the plan's injected environment and hosts entries against the started peers (replica
    /// 1 of each); returns the peers left out because they are scaled to zero.
    func inject(_ planned: PlannedService, peers: [String: StartedService], into context: inout BlueprintContext) throws -> [String] {
        var absent: Set<String> = []
        for (key, value) in planned.inject.env {
            switch value {
            case .literal(let text):
                context.injectedEnv[key] = text
            case .peerAddress(let peer):
                guard let address = try address(of: peer, peers: peers, for: planned.name) else {
                    absent.insert(peer)
                    continue
                }
                context.injectedEnv[key] = address
                context.peers[peer] = address
            }
        }
        for peer in planned.inject.hosts {
            guard let address = try address(of: peer, peers: peers, for: planned.name) else {
                absent.insert(peer)
                continue
            }
            context.injectedHosts.append("\(peer):\(address)")
            context.peers[peer] = address
        }
        context.injectedHosts.sort()
        return absent.sorted()
    }

    /// Gives the context the containers of the services `service` names (`links`, `volumes_from`,
    /// `service:` namespaces). A namespace or `volumes_from` target with no container is an error, as in
    /// Compose; a linked one simply gives no links, and neither does one on the other daemon, whose
    /// containers this daemon cannot link (the plan warns, MXC404). Returns no warning: every network,
    /// one joined after create too, gets the links (the result is kept for warnings to come).
    func reference(_ service: Service, peers: [String: StartedService], into context: inout BlueprintContext) throws -> [String] {
        let linked = Set(service.links.map(ServiceReferences.linkTarget))
        for target in UpNeeds.referenced(by: service) {
            guard let started = peers[target] else { continue }
            if started.replicas.isEmpty && !linked.contains(target) {
                throw RunnerError.invalidSetting("service \(service.name) shares a container of \(target), which has none (scaled to 0)")
            }
            context.referenced[target] = started.daemon.role == context.daemon.role ? started.replicas : []
        }
        return []
    }

    /// Replica 1's address; nil when the peer has no replica at all.
    private func address(of peer: String, peers: [String: StartedService], for service: String) throws -> String? {
        guard let started = peers[peer] else {
            throw RunnerError.invalidSetting("service \(service) needs the address of \(peer), which was not started")
        }
        guard let first = started.replicas.first else { return nil }
        let networks = project.services[peer].map { NetworkAttachments.keys(of: $0).map(BlueprintContext(project: project, daemon: started.daemon).networkName) } ?? []
        if let address = started.peerAddress(projectNetworks: networks) { return address }
        // A dry run has no addresses; say so in what it prints rather than failing.
        if options.dryRun { return "<address of \(peer)>" }
        throw RunnerError.dependencyFailed(
            service: service, dependency: first.name, reason: "has no address (did it exit?)", logTail: [])
    }
}
