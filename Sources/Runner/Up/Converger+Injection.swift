import ComposeModel
import Planner

extension Converger {
    /// Resolves the plan's injected environment and hosts entries against the started peers.
    func inject(_ planned: PlannedService, peers: [String: StartedService], into context: inout BlueprintContext) throws {
        for (key, value) in planned.inject.env {
            switch value {
            case .literal(let text):
                context.injectedEnv[key] = text
            case .peerAddress(let peer):
                let address = try address(of: peer, peers: peers, for: planned.name)
                context.injectedEnv[key] = address
                context.peers[peer] = address
            }
        }
        for peer in planned.inject.hosts {
            let address = try address(of: peer, peers: peers, for: planned.name)
            context.injectedHosts.append("\(peer):\(address)")
            context.peers[peer] = address
        }
        context.injectedHosts.sort()
    }

    private func address(of peer: String, peers: [String: StartedService], for service: String) throws -> String {
        guard let started = peers[peer] else {
            throw RunnerError.invalidSetting("service \(service) needs the address of \(peer), which was not started")
        }
        let networks = project.services[peer].map { NetworkAttachments.keys(of: $0).map(BlueprintContext(project: project, daemon: started.daemon).networkName) } ?? []
        if let address = started.peerAddress(projectNetworks: networks) { return address }
        // A dry run has no addresses; say so in what it prints rather than failing.
        if options.dryRun { return "<address of \(peer)>" }
        throw RunnerError.dependencyFailed(
            service: service, dependency: started.container.name, reason: "has no address (did it exit?)", logTail: [])
    }
}
