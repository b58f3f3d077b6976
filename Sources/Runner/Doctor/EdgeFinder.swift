import Planner

/// Finds a project's cross-daemon edges from its containers' labels alone: each consumer's
/// `io.mixcompose.peers` (`service=address,…`), one edge per TCP port of the peer's first replica.
enum EdgeFinder {
    /// The edges of `containers` (inspected, so environment and ports are known), sorted by consumer and peer.
    static func edges(_ containers: [(record: ContainerRecord, daemon: Daemon)]) -> [EdgeTarget] {
        var targets: [EdgeTarget] = []
        for (consumer, daemon) in containers.sorted(by: { $0.record.name < $1.record.name }) {
            for entry in (consumer.labels[Labels.peers] ?? "").split(separator: ",") {
                let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                targets += edges(from: (consumer, daemon), to: parts[0], address: parts[1], in: containers)
            }
        }
        return targets
    }

    private static func edges(
        from consumer: (record: ContainerRecord, daemon: Daemon), to service: String, address: String,
        in containers: [(record: ContainerRecord, daemon: Daemon)]
    ) -> [EdgeTarget] {
        let name = consumer.record.displayName
        // Peers were given replica 1's address (see the Runner README), so replica 1 is what is probed.
        let replicas = containers.filter { $0.record.service == service }
        guard let peer = replicas.first(where: { $0.record.labels[Labels.containerNumber] == "1" }) ?? replicas.first else {
            let hint = "\(service) has no container: run mixcompose up"
            return [EdgeTarget(edge: DoctorEdge(consumer: name, peer: service, address: address, port: nil, reachable: false, hint: hint))]
        }
        let ports = Set(peer.record.ports.filter { $0.protocol == "tcp" }.map(\.target)).sorted()
        guard !ports.isEmpty else {
            let hint = "cannot probe: \(service) exposes no port (give it expose: or ports:)"
            return [EdgeTarget(edge: DoctorEdge(consumer: name, peer: service, address: address, port: nil, hint: hint))]
        }
        let prefix = String(PeerInjection.variableName(for: service).dropLast("HOST".count))
        return ports.map { target in
            var result = EdgeTarget(edge: DoctorEdge(consumer: name, peer: service, address: address, port: target))
            result.targetPort = target
            result.peerDaemon = peer.daemon
            result.peerIPs = peer.record.addresses.values.filter { !$0.isEmpty }.sorted()
            result.published = peer.record.ports.first { $0.target == target && $0.protocol == "tcp" && $0.published != nil }?.published
            if let value = variable("\(prefix)PORT_\(target)", in: consumer.record.environment), let port = Int(value) {
                result.edge.port = port
                result.portFromEnvironment = true
            } else if !result.addressIsPeerIP, let published = result.published {
                result.edge.port = published
            }
            if !peer.record.isRunning {
                result.edge.reachable = false
                result.edge.hint = "peer not running: start \(service) (mixcompose start \(service))"
            } else {
                result.probeIn = (consumer.record, consumer.daemon)
            }
            return result
        }
    }

    /// The value of `name` in `KEY=value` lines.
    private static func variable(_ name: String, in environment: [String]) -> String? {
        environment.last { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1)) }
    }
}
