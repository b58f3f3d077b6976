import ComposeModel
import YAML

/// A service's `x-mixcompose:` settings: `daemon: linux|windows` and `peers: [names]`.
struct MixcomposeExtension {
    /// The requested daemon and where its value is written.
    var daemon: (role: DaemonRole, mark: Mark)?
    /// Services whose addresses are requested although the service does not depend on them.
    var peers: [(name: String, mark: Mark)] = []

    static let key = "x-mixcompose"

    /// Reads the service's extension, reporting values of the wrong shape.
    static func read(_ service: Service, into findings: inout Findings) -> MixcomposeExtension {
        var result = MixcomposeExtension()
        guard let node = service.extensions[key], !node.isNull else { return result }
        guard let mapping = node.mapping else {
            findings.report(
                .badExtension, "\(key) must be a mapping, not a \(node.kind)", at: node.mark, service: service.name)
            return result
        }
        for entry in mapping {
            switch entry.name {
            case "daemon":
                if let text = entry.value.text, let role = DaemonRole(name: text) {
                    result.daemon = (role, entry.key.mark)
                } else {
                    let shown = entry.value.text.map { "'\($0)'" } ?? "a \(entry.value.kind)"
                    findings.report(
                        .badDaemon, "\(key).daemon must be linux or windows, not \(shown)", at: entry.value.mark,
                        service: service.name)
                }
            case "peers":
                result.peers = readPeers(entry.value, service: service.name, into: &findings)
            default:
                findings.report(
                    .badExtension, "unknown key \(key).\(entry.name) (known: daemon, peers)", at: entry.key.mark,
                    service: service.name)
            }
        }
        return result
    }

    private static func readPeers(_ node: Node, service: String, into findings: inout Findings) -> [(
        name: String, mark: Mark
    )] {
        if let text = node.text, !node.isNull { return [(text, node.mark)] }
        guard let items = node.sequence else {
            findings.report(
                .badExtension, "\(key).peers must be a list of service names", at: node.mark, service: service)
            return []
        }
        var peers: [(name: String, mark: Mark)] = []
        for item in items {
            if let text = item.text, !item.isNull {
                peers.append((text, item.mark))
            } else {
                findings.report(
                    .badExtension, "\(key).peers items must be service names, not a \(item.kind)", at: item.mark,
                    service: service)
            }
        }
        return peers
    }
}
