import Planner

/// What to check when an edge is unreachable, from how its address and port were chosen.
enum DoctorHints {
    /// The hint for `target` whose probe failed with `detail` (the probe's last line).
    static func unreachable(_ target: EdgeTarget, detail: String) -> String {
        let edge = target.edge
        let port = edge.port.map(String.init) ?? "?"
        let role = target.peerDaemon?.role.rawValue ?? "peer's role"
        if !target.addressIsPeerIP {
            if case .containerIP? = target.peerDaemon?.peerAddressing, let current = target.peerIPs.first {
                return "wrong address: \(edge.peer) now has \(current), not \(edge.address); run mixcompose up to inject it again"
            }
            if target.published == nil && !target.portFromEnvironment, let inner = target.targetPort {
                return "port \(inner) of \(edge.peer) is not published on the host: publish it (ports: [\"\(inner):\(inner)\"])"
            }
            return "\(edge.address):\(port) does not answer (\(detail)): check host-address in x-mixcompose.\(role) and the host firewall"
        }
        if detail.lowercased().contains("refused") {
            return "connection refused (\(detail)): nothing listens on \(port) in \(edge.peer), or a firewall rejects \(edge.consumer) -> \(edge.address)"
        }
        return "no answer (\(detail)): a firewall between the daemons drops \(edge.consumer) -> \(edge.address):\(port), or their networks are not routed to each other"
    }
}
