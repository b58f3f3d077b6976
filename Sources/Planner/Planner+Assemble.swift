import ComposeModel

extension Planner {
    /// Builds the sorted `Plan` from the pass's results.
    static func assemble(
        project: Project, services: [Service], placements: [Placement], dependsOn: [[Int]],
        injections: [PeerInjection.Result], graph: ServiceGraph, order: ServiceGraph.Order, findings: Findings
    ) -> Plan {
        let names = graph.names
        var planned: [PlannedService] = []
        planned.reserveCapacity(names.count)
        var waves: [[String]] = Array(repeating: [], count: (order.waves.max() ?? -1) + 1)
        for i in names.indices {
            let placement = placements[i]
            var injection = injections[i].injection
            injection.hosts.sort()
            let routes = injections[i].createAfterStarted.map { peer in
                PlannedRoute.to(
                    services[peer.index], on: placements[peer.index].role, project: project,
                    variable: PeerInjection.variableName(for: names[peer.index]))
            }
            planned.append(
                PlannedService(
                    name: names[i], role: placement.role, os: placement.os, reason: placement.reason,
                    wave: order.waves[i],
                    dependsOn: dependsOn[i].map { names[$0] },
                    createAfterStarted: injections[i].createAfterStarted.map { names[$0.index] }, inject: injection,
                    routes: routes))
            waves[order.waves[i]].append(names[i])
        }
        var edges: [PlanEdge] = []
        for from in names.indices {
            for to in graph.sortedSuccessors(from) {
                guard let info = graph.edge(from, to) else { continue }
                edges.append(
                    PlanEdge(
                        from: names[from], to: names[to], kinds: info.kinds.sorted(),
                        crossDaemon: placements[from].role != placements[to].role, mark: info.mark))
            }
        }
        return Plan(
            projectName: project.name, services: planned, waves: waves, edges: edges, diagnostics: findings.sorted)
    }
}
