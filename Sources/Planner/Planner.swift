import ComposeModel
import YAML

/// Plans a mixed Linux/Windows project: pure, synchronous and deterministic. A loaded project plus
/// what is known about the daemons go in; placement, order, peer injection and diagnostics come out.
package enum Planner {
    /// Plans `input.project`. Bad input (unknown services, cycles, options the OS cannot honour)
    /// becomes diagnostics in the plan, never a crash.
    package static func plan(_ input: PlanInput) -> Plan {
        var findings = Findings()
        let project = input.project
        let names = project.serviceNames
        let services = names.map { project.services[$0] ?? Service(name: $0) }

        var placements: [Placement] = []
        var settings: [MixcomposeExtension] = []
        placements.reserveCapacity(services.count)
        settings.reserveCapacity(services.count)
        for i in services.indices {
            let extensionSettings = MixcomposeExtension.read(services[i], into: &findings)
            settings.append(extensionSettings)
            placements.append(
                Placement.place(services[i], settings: extensionSettings, input: input, findings: &findings))
        }

        var graph = ServiceGraph(names: names)
        var resolver = ReferenceResolver(project: project, graph: graph)
        let references = services.indices.map { ServiceReferences(services[$0]) }
        for (from, refs) in references.enumerated() {
            for reference in refs.items {
                guard let to = resolver.resolve(reference, from: names[from], findings: &findings) else { continue }
                graph.add(from: from, to: to, kind: reference.kind, mark: reference.mark)
            }
        }
        let dependsOn = (0..<names.count).map(graph.sortedSuccessors)

        var injections: [PeerInjection.Result] = []
        injections.reserveCapacity(services.count)
        for i in services.indices {
            let peers = PeerInjection.peers(
                of: i, references: references[i], settings: settings[i], graph: graph, resolver: &resolver,
                findings: &findings)
            let result = PeerInjection.inject(
                into: services[i], index: i, peers: peers, placements: placements, names: names, findings: &findings)
            for peer in result.createAfterStarted where graph.edge(i, peer.index) == nil {
                graph.add(from: i, to: peer.index, kind: .peer, mark: peer.mark)
            }
            injections.append(result)
        }

        let order = graph.order()
        reportCycles(order.cycles, graph: graph, placements: placements, findings: &findings)
        OSRules.check(services, placements: placements, input: input, findings: &findings)
        CrossDaemonRules.check(
            services, placements: placements, graph: graph, injections: injections, findings: &findings)

        var plan = assemble(
            project: project, services: services, placements: placements, dependsOn: dependsOn,
            injections: injections, graph: graph, order: order, findings: findings)
        for i in plan.services.indices { plan.services[i].composeHashInput = input.composeHashInputs[plan.services[i].name] }
        return plan
    }

    private static func reportCycles(
        _ cycles: [[Int]], graph: ServiceGraph, placements: [Placement], findings: inout Findings
    ) {
        for cycle in cycles {
            let path = cycle.map { graph.names[$0] }.joined(separator: " -> ")
            var steps: [String] = []
            var firstMark: Mark = .none
            for (from, to) in zip(cycle, cycle.dropFirst()) {
                guard let edge = graph.edge(from, to) else { continue }
                if !firstMark.isKnown { firstMark = edge.mark }
                let kinds = edge.kinds.sorted().map(\.rawValue).joined(separator: ", ")
                let across =
                    placements[from].role != placements[to].role
                    ? ", \(placements[from].role) -> \(placements[to].role) daemon" : ""
                steps.append("\(graph.names[from]) -> \(graph.names[to]): \(kinds)\(across)\(edge.mark.at)")
            }
            findings.report(
                .cycle, "dependency cycle: \(path) (\(steps.joined(separator: "; ")))", at: firstMark,
                service: cycle.first.map { graph.names[$0] })
        }
    }
}
