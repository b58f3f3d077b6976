import YAML

/// Finds `depends_on` cycles, reported as Compose does: `dependency cycle detected: a -> b -> a`,
/// at the cycle's first edge (the dependency's name inside `depends_on`).
enum DependencyCycles {
    static func check(_ services: Node.Mapping, into diagnostics: inout Diagnostics) {
        var edges: [String: [(name: String, mark: Mark)]] = [:]
        for entry in services.entries {
            edges[entry.name] = (entry.value.mapping?["depends_on"]?.mapping?.entries ?? []).map { ($0.name, $0.key.mark) }
        }
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var stack: [(name: String, mark: Mark)] = []
        func visit(_ name: String, from mark: Mark) -> Bool {
            if state[name] == 2 { return true }
            if state[name] == 1 {
                let start = stack.firstIndex { $0.name == name } ?? 0
                let cycle = stack[start...].map(\.name) + [name]
                // The edge out of the cycle's first service is the next stack frame's, or this one for a self-loop.
                let edge = start + 1 < stack.count ? stack[start + 1].mark : mark
                diagnostics.error("dependency cycle detected: \(cycle.joined(separator: " -> "))", at: edge, service: cycle[0])
                return false
            }
            state[name] = 1
            stack.append((name, mark))
            for next in edges[name] ?? [] where edges[next.name] != nil {
                if !visit(next.name, from: next.mark) { return false }
            }
            stack.removeLast()
            state[name] = 2
            return true
        }
        for entry in services.entries where state[entry.name] == nil {
            if !visit(entry.name, from: entry.key.mark) { return }
        }
    }
}
