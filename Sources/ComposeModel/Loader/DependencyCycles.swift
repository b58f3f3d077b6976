import YAML

/// Finds `depends_on` cycles, reported as Compose does: `dependency cycle detected: a -> b -> a`,
/// at the cycle's first edge (the dependency's name inside `depends_on`).
enum DependencyCycles {
    /// Checks the services' `depends_on` graph; `index` gives each service's position in `services`
    /// and `dependencies` each service's `depends_on` (by position, nil when it has none).
    static func check(
        _ services: Node.Mapping, index: [String: Int], dependencies: [Node?], into diagnostics: inout Diagnostics
    ) {
        // Services are numbered by position (the last of a repeated name wins, as in `index`), so
        // the walk needs no string hashing; dependencies on unknown services are dropped here.
        var edges: [[(service: Int, mark: Mark)]] = Array(repeating: [], count: services.entries.count)
        let unique = index.count == services.entries.count  // else only a name's last service counts
        for i in services.entries.indices where unique || index[services.entries[i].name] == i {
            guard i < dependencies.count, case .mapping(let dependsOn)? = dependencies[i]?.content else { continue }
            for j in dependsOn.entries.indices {
                if let target = index[dependsOn.entries[j].name] {
                    edges[i].append((target, dependsOn.entries[j].key.mark))
                }
            }
        }
        var state = [UInt8](repeating: 0, count: edges.count)  // 1 visiting, 2 done
        var stack: [(service: Int, mark: Mark)] = []
        func visit(_ service: Int, from mark: Mark) -> Bool {
            if state[service] == 2 { return true }
            if state[service] == 1 {
                let start = stack.firstIndex { $0.service == service } ?? 0
                let cycle = (stack[start...].map(\.service) + [service]).map { services.entries[$0].name }
                // The edge out of the cycle's first service is the next stack frame's, or this one for a self-loop.
                let edge = start + 1 < stack.count ? stack[start + 1].mark : mark
                diagnostics.error("dependency cycle detected: \(cycle.joined(separator: " -> "))", at: edge, service: cycle[0])
                return false
            }
            state[service] = 1
            stack.append((service, mark))
            for next in edges[service] {
                if !visit(next.service, from: next.mark) { return false }
            }
            stack.removeLast()
            state[service] = 2
            return true
        }
        for i in services.entries.indices {
            guard let own = index[services.entries[i].name], state[own] == 0 else { continue }
            if !visit(own, from: services.entries[i].key.mark) { return }
        }
    }
}
