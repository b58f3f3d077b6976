import ComposeModel
import YAML

/// The cross-daemon DNS stand-in: every peer P of a service S (its `depends_on`, `links` and
/// `x-mixcompose.peers`) becomes `<P>_HOST` in S's environment, P's name on the same daemon and P's
/// address (filled in by the runner) across daemons, plus a hosts entry where S's daemon honours one.
package enum PeerInjection {
    /// One peer whose address a service is given.
    struct Peer {
        var index: Int
        var mark: Mark
    }

    struct Result {
        var injection = Injection()
        /// Peers on the other daemon, sorted: started before the service is created.
        var createAfterStarted: [Peer] = []
    }

    /// The peers of service `node`, by index (so sorted by name), without duplicates.
    static func peers(
        of node: Int, references: ServiceReferences, settings: MixcomposeExtension, graph: ServiceGraph,
        resolver: inout ReferenceResolver, findings: inout Findings
    ) -> [Peer] {
        var found: [Int: Mark] = [:]
        for reference in references.items where reference.kind == .dependsOn || reference.kind == .link {
            if let target = graph.index[reference.target], target != node, found[target] == nil {
                found[target] = reference.mark
            }
        }
        for (name, mark) in settings.peers {
            let service = graph.names[node]
            if let target = resolver.resolvePeer(name, at: mark, from: service, findings: &findings), target != node,
                found[target] == nil
            {
                found[target] = mark
            }
        }
        return found.keys.sorted().map { Peer(index: $0, mark: found[$0] ?? .none) }
    }

    /// The variables and hosts entries `service` gets for `peers`.
    static func inject(
        into service: Service, index node: Int, peers: [Peer], placements: [Placement], names: [String],
        findings: inout Findings
    ) -> Result {
        var result = Result()
        var owner: [String: String] = [:]
        let role = placements[node].role
        // The daemon refuses hosts entries in a borrowed network namespace (`container:`/`service:`).
        let ownsNetwork = !(service.networkMode.map { $0.hasPrefix("service:") || $0.hasPrefix("container:") } ?? false)
        for peer in peers {
            let name = names[peer.index]
            let crossDaemon = placements[peer.index].role != role
            if crossDaemon {
                result.createAfterStarted.append(peer)
                // Linux containers get it as `extra_hosts`; Windows ones, which ignore those, in the
                // hosts file the runner writes before they start.
                if ownsNetwork { result.injection.hosts.append(name) }
            }
            let variable = variableName(for: name)
            let value: InjectedValue = crossDaemon ? .peerAddress(service: name) : .literal(name)
            if let first = owner[variable] {
                findings.report(
                    .variableCollision,
                    "peers '\(first)' and '\(name)' both map to \(variable); \(variable) names '\(first)'",
                    at: peer.mark, service: service.name)
                continue
            }
            owner[variable] = name
            if let userValue = service.environment[variable] {
                if userValue != value.rendered {
                    let shown = userValue.map { "'\($0)'" } ?? "without a value"
                    findings.report(
                        .userSetVariable,
                        "\(variable) is set by the service (\(shown)), so mixcompose does not inject \(name)'s "
                            + (crossDaemon ? "address" : "name"),
                        at: service.mark(of: "environment"), service: service.name)
                }
                continue
            }
            result.injection.env[variable] = value
        }
        return result
    }

    /// `<NAME>_HOST`: the service name upper-cased, every character outside `A-Z0-9` turned into `_`.
    package static func variableName(for service: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(service.utf8.count + 5)
        var inCharacter = false
        for byte in service.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): bytes.append(byte - 32)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
            // One `_` per non-ASCII character: its lead byte, not its continuation bytes.
            case 0x80...0xBF where inCharacter: continue
            default: bytes.append(UInt8(ascii: "_"))
            }
            inCharacter = byte >= 0xC0 || (inCharacter && byte >= 0x80)
        }
        return String(decoding: bytes + Array("_HOST".utf8), as: UTF8.self)
    }
}
