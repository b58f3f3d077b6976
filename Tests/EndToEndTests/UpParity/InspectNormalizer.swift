import Foundation

/// Turns one `docker inspect` of a container into `path → value` lines that two tools can be held
/// against: project names replaced, what the daemon chose dropped, each tool's own labels dropped,
/// and lists Compose builds from Go maps (whose order changes from run to run) sorted.
struct InspectNormalizer {
    /// The project name to replace by `<project>`.
    let project: String
    /// Drop the `<PEER>_HOST` variables mixcompose injects for each dependency (README, "Peer
    /// addresses"): a deliberate addition that Compose does not make.
    var dropsInjectedPeers = false
    /// Full container id → `service-number` of the project's containers: a reference to another
    /// container (`container:<id>`, a hostname that is its short id) names it by service instead.
    var containerNames: [String: String] = [:]

    /// Top-level fields the daemon chooses: ids, times, state, paths holding the id, storage layers,
    /// and the exec sessions.
    static let daemonChosen: Set<String> = [
        "Id", "Created", "State", "ResolvConfPath", "HostnamePath", "HostsPath", "LogPath", "RestartCount",
        "ExecIDs", "GraphDriver", "SizeRw", "SizeRootFs",
    ]

    /// Endpoint fields the daemon assigns: ids, addresses and gateway, the MAC address it generates
    /// (a requested one reaches API 1.41 daemons as `Config.MacAddress`, compared there), DNS names.
    static let endpointAssigned: Set<String> = [
        "NetworkID", "EndpointID", "Gateway", "IPAddress", "IPPrefixLen", "IPv6Gateway", "GlobalIPv6Address",
        "GlobalIPv6PrefixLen", "MacAddress", "DNSNames",
    ]

    /// Labels that differ by tool and not by translation: Compose's version; mixcompose's own
    /// `io.mixcompose.*` (role, config hash, injected peers). `com.docker.compose.config-hash` is compared:
    /// mixcompose puts Compose's own hash of the service there.
    static func isToolLabel(_ key: String) -> Bool {
        key == "com.docker.compose.version" || key.hasPrefix("io.mixcompose.")
    }

    /// Paths of lists Compose fills from Go maps, compared as sorted lists.
    static let unordered: Set<String> = [
        "Config.Env", "HostConfig.Binds", "HostConfig.Mounts", "HostConfig.ExtraHosts", "HostConfig.Ulimits", "Mounts",
    ]

    /// Go-map lists, and links (host config and endpoints): those list a linked service's containers in
    /// the daemon's listing order, newest first, which concurrent creation of replicas leaves to chance.
    static func isUnordered(_ path: String) -> Bool {
        unordered.contains(path) || path == "HostConfig.Links" || (path.hasPrefix("NetworkSettings.Networks.") && path.hasSuffix(".Links"))
    }

    /// The normalised `path → JSON value` lines of `inspect`.
    func lines(of inspect: [String: Any]) -> [String: String] {
        var object = inspect
        let id = object["Id"] as? String ?? ""
        let shortID = String(id.prefix(12))
        for key in Self.daemonChosen { object[key] = nil }
        if var config = object["Config"] as? [String: Any] {
            // The daemon names the container's host after its id unless the service sets `hostname`.
            if config["Hostname"] as? String == shortID { config["Hostname"] = nil }
            if var labels = config["Labels"] as? [String: Any] {
                labels = labels.filter { !Self.isToolLabel($0.key) }
                // Compose joins depends_on from a Go map, in an order that changes from run to run.
                if let dependsOn = labels["com.docker.compose.depends_on"] as? String {
                    labels["com.docker.compose.depends_on"] = dependsOn.split(separator: ",").sorted().joined(separator: ",")
                }
                config["Labels"] = labels
                if dropsInjectedPeers, let env = config["Env"] as? [String] {
                    let injected = Self.peerVariables(labels["com.docker.compose.depends_on"] as? String ?? "")
                    config["Env"] = env.filter { !injected.contains(String($0.prefix { $0 != "=" })) }
                }
            }
            object["Config"] = config
        }
        object["NetworkSettings"] = networks(object["NetworkSettings"] as? [String: Any], shortID: shortID)
        object["Mounts"] = (object["Mounts"] as? [[String: Any]])?.map(Self.anonymised)
        var result: [String: String] = [:]
        flatten(replaced(object), path: "", into: &result)
        return result
    }

    /// `<PEER>_HOST` for each `service:condition:restart` entry of the depends_on label.
    private static func peerVariables(_ dependsOn: String) -> Set<String> {
        Set(dependsOn.split(separator: ",").map { entry in
            let name = entry.prefix { $0 != ":" }.uppercased()
            return String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" }) + "_HOST"
        })
    }

    /// Only `Networks`, each endpoint without what the daemon assigned and without the alias the
    /// daemon adds itself (the short container id).
    private func networks(_ settings: [String: Any]?, shortID: String) -> [String: Any] {
        var networks: [String: Any] = [:]
        for (name, value) in settings?["Networks"] as? [String: Any] ?? [:] {
            var endpoint = value as? [String: Any] ?? [:]
            for key in Self.endpointAssigned { endpoint[key] = nil }
            if let aliases = endpoint["Aliases"] as? [String] { endpoint["Aliases"] = aliases.filter { $0 != shortID } }
            networks[name] = endpoint
        }
        return ["Networks": networks]
    }

    /// An anonymous volume's name (64 random hex digits) and its path under the daemon's root are the daemon's choice.
    private static func anonymised(_ mount: [String: Any]) -> [String: Any] {
        guard let name = mount["Name"] as? String, name.count == 64, name.allSatisfy(\.isHexDigit) else { return mount }
        var result = mount
        result["Name"] = "<anonymous>"
        result["Source"] = "<anonymous>"
        return result
    }

    private func replaced(_ value: Any) -> Any {
        switch value {
        // 64 hex digits are an id the daemon made up: an anonymous volume's name in `HostConfig.Mounts`.
        case let text as String where text.count == 64 && text.allSatisfy(\.isHexDigit): return "<daemon-id>"
        case let text as String:
            var result = text.replacingOccurrences(of: project, with: "<project>")
            for (id, name) in containerNames where result.contains(id.prefix(12)) {
                result = result.replacingOccurrences(of: id, with: "<\(name)>").replacingOccurrences(of: id.prefix(12), with: "<\(name)>")
            }
            return result
        case let list as [Any]: return list.map(replaced)
        case let object as [String: Any]:
            return Dictionary(object.map { (replaced($0.key) as? String ?? $0.key, replaced($0.value)) }) { first, _ in first }
        default: return value
        }
    }

    private func flatten(_ value: Any, path: String, into result: inout [String: String]) {
        switch value {
        case let object as [String: Any]:
            if object.isEmpty { result[path] = "{}" }
            for (key, child) in object { flatten(child, path: path.isEmpty ? key : path + "." + key, into: &result) }
        case let list as [Any]:
            var items = list.map { (Self.json($0), $0) }
            if Self.isUnordered(path) { items.sort { $0.0 < $1.0 } }
            if items.isEmpty { result[path] = "[]" }
            for (index, item) in items.enumerated() { flatten(item.1, path: "\(path)[\(index)]", into: &result) }
        default:
            result[path] = Self.json(value)
        }
    }

    private static func json(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) else {
            return "\(value)"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
