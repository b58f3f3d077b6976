import ComposeModel
import EngineAPI
import Planner

extension BlueprintBuilder {
    /// `network_mode`, `ipc` or `pid` with `service:x` resolved to `container:<id>` of x's first
    /// container, as Compose resolves it; other values as written.
    static func namespace(_ mode: String?, in context: BlueprintContext) -> String? {
        guard let mode, let target = ServiceReferences.serviceTarget(mode) else { return mode }
        return "container:" + reference(to: target, in: context)
    }

    /// `volumes_from` entries: a service's first container by id, `container:name` by name. Compose
    /// v2.40 drops the mode; a `:ro` is kept here, since the user asked for read-only (as
    /// `docker run --volumes-from` and Compose v1 honour it), and `:rw`, the default, is dropped.
    static func volumesFrom(of service: Service, in context: BlueprintContext) -> [String]? {
        guard !service.volumesFrom.isEmpty else { return nil }
        return service.volumesFrom.map { entry in
            let isContainer = entry.hasPrefix("container:")
            var source = isContainer ? String(entry.dropFirst("container:".count)) : entry
            var readOnly = false
            if let colon = source.lastIndex(of: ":"), ["ro", "rw"].contains(source[source.index(after: colon)...]) {
                readOnly = source[source.index(after: colon)...] == "ro"
                source = String(source[..<colon])
            }
            let resolved = isContainer ? source : reference(to: source, in: context)
            return readOnly ? resolved + ":ro" : resolved
        }
    }

    /// `links` and `external_links` as Compose writes them (after Compose v1): for every container of
    /// a linked service, `<container>:<alias>`, `<container>:<service>-<n>` and
    /// `<container>:<project>-<service>-<n>`, n being this replica's number; then `<name>:<alias>`
    /// of each external link.
    static func links(of service: Service, in context: BlueprintContext) -> [String]? {
        var links: [String] = []
        for link in service.links {
            let target = ServiceReferences.linkTarget(link)
            let alias = ServiceReferences.linkAlias(link) ?? target
            for container in containers(of: target, in: context) {
                links.append("\(container.name):\(alias)")
                links.append("\(container.name):\(target)-\(context.number)")
                links.append("\(container.name):\(context.project.name)-\(target)-\(context.number)")
            }
        }
        for link in service.externalLinks {
            let parts = link.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            let name = parts.first ?? link
            links.append("\(name):\(parts.count == 2 ? parts[1] : name)")
        }
        return links.isEmpty ? nil : links
    }

    /// Gives every endpoint of the create request the container's links, as Compose sets them on
    /// each network as well as on the host config.
    static func linkEndpoints(of request: inout ContainerCreateRequest) {
        guard let links = request.hostConfig?.links, var networking = request.networkingConfig else { return }
        for network in networking.endpointsConfig.keys { networking.endpointsConfig[network]?.links = links }
        request.networkingConfig = networking
    }

    /// The id of `target`'s first container (its name in a dry run, where nothing has an id).
    private static func reference(to target: String, in context: BlueprintContext) -> String {
        guard let first = containers(of: target, in: context).first else { return target }
        return first.id.isEmpty ? first.name : first.id
    }

    /// `target`'s containers as the runner found them, else its first replica's expected name.
    private static func containers(of target: String, in context: BlueprintContext) -> [ContainerRecord] {
        if let known = context.referenced[target] { return known }
        let name = context.project.services[target]?.containerName ?? "\(context.project.name)-\(target)-1"
        return [ContainerRecord(id: "", name: name, image: "")]
    }
}
