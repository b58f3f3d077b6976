import ComposeModel

/// The ports a service reached through the host by peers on the other daemon publishes: its `expose`
/// entries, its `ports` targets and its image's `EXPOSE`s, 1:1 on the host unless `ports` already
/// publishes them (then peers are told the host port instead).
package enum PeerPorts {
    /// The container ports (`5432/tcp`) to publish 1:1 that `ports` does not publish already, sorted.
    package static func toPublish(_ service: Service, imageExposed: [String]) -> [String] {
        let published = Set(service.ports.map { "\($0.target)/\($0.protocol)" })
        var keys: Set<String> = []
        for entry in service.expose + imageExposed {
            keys.formUnion(expand(entry))
        }
        keys.formUnion(published)
        return keys.subtracting(published).sorted()
    }

    /// `3000`, `3000/udp`, `3000-3002/tcp` as `3000/tcp`, …; an entry that is no port gives nothing.
    package static func expand(_ entry: String) -> [String] {
        let parts = entry.split(separator: "/", maxSplits: 1)
        guard let range = parts.first else { return [] }
        let proto = parts.count > 1 ? String(parts[1]) : "tcp"
        let bounds = range.split(separator: "-", maxSplits: 1).compactMap { Int($0) }
        guard let low = bounds.first, let high = bounds.last, low <= high, high - low < 1024 else { return [] }
        return (low...high).map { "\($0)/\(proto)" }
    }

    /// The container ports replica 1 publishes only to another host port, with that port: peers reached
    /// through the host get `<PEER>_PORT_<port>=<host port>` for them.
    package static func remapped(_ ports: [ContainerRecord.Port]) -> [(port: Int, published: Int)] {
        var byTarget: [Int: [Int]] = [:]
        for port in ports {
            if let published = port.published { byTarget[port.target, default: []].append(published) }
        }
        return byTarget.keys.sorted().compactMap { target in
            let hostPorts = byTarget[target] ?? []
            guard !hostPorts.contains(target), let first = hostPorts.min() else { return nil }
            return (target, first)
        }
    }
}
