import ComposeModel
import YAML

/// Problems that only show when the services are seen together across the two daemons.
enum CrossDaemonRules {
    static func check(
        _ services: [Service], placements: [Placement], graph: ServiceGraph, injections: [PeerInjection.Result],
        findings: inout Findings
    ) {
        PortClashes.check(services, placements: placements, findings: &findings)
        for i in services.indices {
            checkService(
                services[i], index: i, placements: placements, graph: graph, injections: injections, findings: &findings
            )
        }
    }

    private static func checkService(
        _ service: Service, index i: Int, placements: [Placement], graph: ServiceGraph,
        injections: [PeerInjection.Result], findings: inout Findings
    ) {
        let role = placements[i].role
        func roleOf(_ name: String) -> DaemonRole? { graph.index[name].map { placements[$0].role } }
        for (field, value) in ServiceReferences.namespaces(service) {
            guard let target = ServiceReferences.serviceTarget(value), let other = roleOf(target), other != role else {
                continue
            }
            findings.report(
                .crossNamespace,
                "\(field): \(value) shares a namespace with '\(target)', which runs on the \(other) daemon, not the \(role) one",
                at: service.mark(of: field), service: service.name)
        }
        for entry in service.volumesFrom {
            guard let target = ServiceReferences.volumesFromTarget(entry), let other = roleOf(target), other != role
            else { continue }
            findings.report(
                .crossVolumesFrom,
                "volumes_from: \(entry) runs on the \(other) daemon; volumes cannot be shared with the \(role) daemon",
                at: service.mark(of: "volumes_from"), service: service.name)
        }
        checkLinks(service, role: role, roleOf: roleOf, findings: &findings)
        EnvironmentNames.check(
            service, role: role, hosts: Set(injections[i].injection.hosts), roleOf: roleOf, findings: &findings)
    }

    private static func checkLinks(
        _ service: Service, role: DaemonRole, roleOf: (String) -> DaemonRole?, findings: inout Findings
    ) {
        for link in service.links {
            let target = ServiceReferences.linkTarget(link)
            guard let other = roleOf(target), other != role else { continue }
            if let alias = ServiceReferences.linkAlias(link), alias != target {
                findings.report(
                    .crossLinkName,
                    "links: \(link): '\(target)' runs on the \(other) daemon; its hosts entry is '\(target)', so the alias "
                        + "'\(alias)' will not resolve",
                    at: service.mark(of: "links"), service: service.name)
            }
        }
    }
}
