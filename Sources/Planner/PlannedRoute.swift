import ComposeModel
import YAML

/// How a service reaches one peer on the other daemon, as far as the plan can tell: `ip` (the peer
/// container's IP), `published` (the host, on the peer's ports published 1:1), or `auto` when `up`
/// decides from the daemons' `/info` (a peer on Docker Desktop's Linux engine is reached published).
package struct PlannedRoute: Sendable, Hashable {
    /// The kind of address the service is given.
    package enum Address: String, Sendable, Hashable {
        case ip
        case published
        /// Decided at `up` from `/info`: `published` on Docker Desktop's Linux engine, else `ip`.
        case auto
    }

    /// `<PEER>_PORT_<port>=<host port>`.
    package struct PortVariable: Sendable, Hashable {
        package var name: String
        package var value: String
    }

    package var peer: String
    package var address: Address
    package var reason: String
    /// `<PEER>_PORT_<port>` and its host port, for the peer's ports `ports` publishes to another host
    /// port, injected when the address is (or turns out) `published`. Sorted.
    package var portVariables: [PortVariable]

    /// The route to `peer` (on daemon `role`) from a service on the other daemon, from the project's
    /// `x-mixcompose.<role>.peer-address` (`auto` when unset).
    static func to(_ peer: Service, on role: DaemonRole, project: Project, variable: String) -> PlannedRoute {
        let setting = "x-mixcompose.\(role).peer-address"
        let configured = project.extensions["x-mixcompose"]?.mapping?.first { $0.name == role.rawValue }?
            .value.mapping?.first { $0.name == "peer-address" }?.value.text ?? "auto"
        let prefix = String(variable.dropLast("_HOST".count))
        let remapped = peer.ports.compactMap { port -> PortVariable? in
            guard let published = port.published, !published.isEmpty, published != String(port.target) else { return nil }
            return PortVariable(name: "\(prefix)_PORT_\(port.target)", value: published)
        }.sorted { $0.name < $1.name }
        switch configured {
        case "ip", "container-ip":
            return PlannedRoute(peer: peer.name, address: .ip, reason: "\(setting): ip", portVariables: [])
        case "published":
            return PlannedRoute(peer: peer.name, address: .published, reason: "\(setting): published", portVariables: remapped)
        default:
            // Linux containers reach Windows container IPs on every setup; only Docker Desktop's Linux
            // engine, in its VM, hides its containers' IPs, and only its /info says it is one.
            if role == .windows {
                return PlannedRoute(
                    peer: peer.name, address: .ip, reason: "auto: container IPs on the windows daemon route from the linux daemon",
                    portVariables: [])
            }
            return PlannedRoute(
                peer: peer.name, address: .auto,
                reason: "auto: decided at up from /info (published if the linux daemon is Docker Desktop's Linux engine, else ip)",
                portVariables: remapped)
        }
    }
}
