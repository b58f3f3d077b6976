import ComposeModel
import YAML

/// The services one service names, by kind: what the graph and the cross-daemon checks read.
package struct ServiceReferences {
    /// One reference to another service.
    struct Reference {
        var target: String
        var kind: PlanEdge.Kind
        var mark: Mark
        /// A reference that may point at a profile-disabled service without harm.
        var optional = false
        /// The field as written, for messages (`network_mode: service:db`, `links: db:database`).
        var written: String
    }

    var items: [Reference] = []

    /// The references of `service`, in a stable order: `depends_on` (sorted), `links`,
    /// `service:` namespaces, `volumes_from`.
    init(_ service: Service) {
        for (name, dependency) in service.dependsOn.sorted(by: { $0.key < $1.key }) {
            items.append(
                Reference(
                    target: name, kind: .dependsOn,
                    mark: dependency.mark.isKnown ? dependency.mark : service.mark(of: "depends_on"),
                    optional: !dependency.required, written: "depends_on: \(name)"))
        }
        for link in service.links {
            let name = ServiceReferences.linkTarget(link)
            items.append(
                Reference(target: name, kind: .link, mark: service.mark(of: "links"), written: "links: \(link)"))
        }
        for (field, value) in ServiceReferences.namespaces(service) {
            guard let name = ServiceReferences.serviceTarget(value) else { continue }
            items.append(
                Reference(target: name, kind: .namespace, mark: service.mark(of: field), written: "\(field): \(value)"))
        }
        for entry in service.volumesFrom {
            guard let name = ServiceReferences.volumesFromTarget(entry) else { continue }
            items.append(
                Reference(
                    target: name, kind: .volumesFrom, mark: service.mark(of: "volumes_from"),
                    written: "volumes_from: \(entry)"))
        }
    }

    /// `network_mode`, `ipc`, `pid`, `uts` and `cgroup`, where set.
    static func namespaces(_ service: Service) -> [(field: String, value: String)] {
        [
            ("network_mode", service.networkMode), ("ipc", service.ipc), ("pid", service.pid), ("uts", service.uts),
            ("cgroup", service.cgroup),
        ].compactMap { field, value in value.map { (field, $0) } }
    }

    /// `db` for `db` and `db:alias`.
    package static func linkTarget(_ link: String) -> String {
        String(link.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    /// The services `service` reaches by name: its `depends_on`, `links` and injected peers (the converters give
    /// each such peer a name the cluster resolves).
    package static func reachedPeers(of service: Service, planned: PlannedService?) -> Set<String> {
        var peers = Set(service.dependsOn.keys)
        peers.formUnion(service.links.map(linkTarget))
        peers.formUnion(planned?.inject.env.values.map(\.peer) ?? [])
        return peers
    }

    /// The alias of `db:alias`, nil without one.
    package static func linkAlias(_ link: String) -> String? {
        let parts = link.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.count == 2 ? String(parts[1]) : nil
    }

    /// `x` for `service:x`; nil for `host`, `container:…` and the rest.
    package static func serviceTarget(_ value: String) -> String? {
        value.hasPrefix("service:") ? String(value.dropFirst("service:".count)) : nil
    }

    /// `x` for `x` and `x:ro`; nil for `container:…`.
    package static func volumesFromTarget(_ entry: String) -> String? {
        if entry.hasPrefix("container:") { return nil }
        return String(entry.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }
}
