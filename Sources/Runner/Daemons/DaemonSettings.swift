import ComposeModel
import Planner
import YAML

/// The top-level `x-mixcompose` section: per role, the daemon (`host` or `context`) and how peers
/// reach its containers (`peer-address: auto` (default), `ip` or `published`, with `host-address`).
///
/// ```yaml
/// x-mixcompose:
///   linux: {host: unix:///var/run/docker.sock, peer-address: published, host-address: 192.168.65.254}
///   windows: {context: desktop-windows}
/// ```
package struct DaemonSettings: Sendable, Hashable {
    /// One role's settings.
    package struct Role: Sendable, Hashable {
        package var host: String?
        package var context: String?
        package var peerAddressing = PeerAddressing()
    }

    package var roles: [DaemonRole: Role] = [:]

    /// Settings with nothing set.
    package init() {}

    /// Reads `x-mixcompose` from a project; unknown keys and bad values are errors naming them.
    package init(project: Project) throws(RunnerError) {
        guard let node = project.extensions["x-mixcompose"], !node.isNull else { return }
        guard let mapping = node.mapping else { throw .invalidSetting("x-mixcompose must be a mapping") }
        for entry in mapping {
            guard let role = DaemonRole(name: entry.name) else {
                // Per-service keys (`daemon`, `peers`) live on services; the top level only names roles.
                throw .invalidSetting("unknown key x-mixcompose.\(entry.name) (known: linux, windows)")
            }
            roles[role] = try Self.role(entry.value, path: "x-mixcompose.\(entry.name)")
        }
    }

    private static func role(_ node: Node, path: String) throws(RunnerError) -> Role {
        guard let mapping = node.mapping else { throw .invalidSetting("\(path) must be a mapping") }
        var result = Role()
        var mode = "auto"
        var hostAddress: String?
        for entry in mapping {
            guard let text = entry.value.text, !entry.value.isNull else {
                throw .invalidSetting("\(path).\(entry.name) must be a string")
            }
            switch entry.name {
            case "host": result.host = text
            case "context": result.context = text
            case "peer-address": mode = text
            case "host-address": hostAddress = text
            default:
                throw .invalidSetting("unknown key \(path).\(entry.name) (known: host, context, peer-address, host-address)")
            }
        }
        switch mode {
        case "auto": result.peerAddressing = PeerAddressing(.auto, hostAddress: hostAddress)
        case "ip", "container-ip": result.peerAddressing = PeerAddressing(.containerIP, hostAddress: hostAddress)
        case "published": result.peerAddressing = PeerAddressing(.published, hostAddress: hostAddress)
        default: throw .invalidSetting("\(path).peer-address must be auto, ip or published, not '\(mode)'")
        }
        if result.host != nil && result.context != nil {
            throw .invalidSetting("\(path) sets both host and context; keep one")
        }
        return result
    }
}
