import ComposeModel
import Planner

extension Converger {
    /// Resolves the plan's injected environment and hosts entries against the started peers (replica
    /// 1 of each), each cross-daemon peer by the route this daemon's containers can take to it (its IP,
    /// or the host and its published ports, with `<PEER>_PORT_<port>` where a port is published to
    /// another host port); returns the peers left out because they are scaled to zero.
    func inject(_ planned: PlannedService, peers: [String: StartedService], into context: inout BlueprintContext) async throws -> [String] {
        var absent: Set<String> = []
        let own = project.services[planned.name]?.environment ?? [:]
        for (key, value) in planned.inject.env {
            switch value {
            case .literal(let text):
                context.injectedEnv[key] = text
            case .peerAddress(let peer):
                guard let address = try await address(of: peer, peers: peers, in: &context, for: planned.name) else {
                    absent.insert(peer)
                    continue
                }
                context.injectedEnv[key] = address
                guard context.routes[peer] == .published, let started = peers[peer] else { continue }
                for (port, published) in PeerPorts.remapped(started.replicas.first?.ports ?? []) {
                    let variable = "\(key.dropLast("_HOST".count))_PORT_\(port)"
                    if own[variable] == nil { context.injectedEnv[variable] = String(published) }
                }
            }
        }
        for peer in planned.inject.hosts {
            guard let address = try await address(of: peer, peers: peers, in: &context, for: planned.name) else {
                absent.insert(peer)
                continue
            }
            context.injectedHosts.append("\(peer):\(address)")
        }
        context.injectedHosts.sort()
        return absent.sorted()
    }

    /// The container ports `service` publishes 1:1 because a consumer on another daemon reaches it
    /// through the host (`PeerRoute`): none when every consumer reaches its IP.
    func peerPorts(of service: Service, image reference: String, on daemon: Daemon) async throws -> [String] {
        let throughHost = try (crossConsumers[service.name] ?? []).contains { role in
            PeerRoute.between(consumer: try daemons.daemon(for: role), peer: daemon).kind == .published
        }
        guard throughHost else { return [] }
        let image = options.dryRun ? nil : try await Engines.call("inspect image \(reference)") { try await daemon.engine.image(reference) }
        return PeerPorts.toPublish(service, imageExposed: image?.exposedPorts ?? [])
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

    /// Replica 1's address as the context's daemon reaches it (recorded in `context.peers` and
    /// `context.routes`); nil when the peer has no replica at all, or (`create`) no address yet.
    private func address(
        of peer: String, peers: [String: StartedService], in context: inout BlueprintContext, for service: String
    ) async throws -> String? {
        if let known = context.peers[peer] { return known }
        guard let started = peers[peer] else {
            throw RunnerError.invalidSetting("service \(service) needs the address of \(peer), which was not started")
        }
        guard let first = started.replicas.first else { return nil }
        let route = PeerRoute.between(consumer: context.daemon, peer: started.daemon)
        context.routes[peer] = route.kind
        let address: String
        switch route.kind {
        case .published:
            address = try await hostAddress(for: service, peer: started, in: context)
        case .ip:
            let networks = project.services[peer].map { NetworkAttachments.keys(of: $0).map(BlueprintContext(project: project, daemon: started.daemon).networkName) } ?? []
            if let found = started.peerAddress(projectNetworks: networks) {
                address = found
            } else if options.noStart {
                // `create`: the peer was created, not started, so it has no address yet.
                context.routes[peer] = nil
                return nil
            } else if options.dryRun {
                // A dry run has no addresses; say so in what it prints rather than failing.
                address = "<address of \(peer)>"
            } else {
                throw RunnerError.dependencyFailed(
                    service: service, dependency: first.name, reason: "has no address (did it exit?)", logTail: [])
            }
        }
        context.peers[peer] = address
        return address
    }

    /// Where `service`'s containers reach the host: `host-address` when set, else the gateway of the
    /// service's first project network as its daemon reports it.
    private func hostAddress(for service: String, peer: StartedService, in context: BlueprintContext) async throws -> String {
        if let configured = peer.daemon.peerAddressing.hostAddress { return configured }
        let networks = project.services[service].map { NetworkAttachments.keys(of: $0).map(context.networkName) } ?? []
        if options.dryRun { return "<host address of \(service)'s network>" }
        let daemon = context.daemon
        let listed = try await Engines.call("list networks") { try await daemon.engine.networks(labels: []) }
        for network in networks {
            if let gateway = listed.first(where: { $0.name == network })?.gateway { return gateway }
        }
        throw RunnerError.invalidSetting(
            "service \(service) reaches its peers through the host, but none of its networks reports a gateway; set x-mixcompose.\(peer.daemon.role).host-address")
    }
}
