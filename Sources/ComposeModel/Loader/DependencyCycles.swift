import YAML

/// Finds `depends_on` cycles, reported as Compose does: `dependency cycle detected: a -> b -> a`.
enum DependencyCycles {
    static func check(_ services: Node.Mapping, into diagnostics: inout Diagnostics) {
        var edges: [String: [String]] = [:]
        var marks: [String: Mark] = [:]
        for entry in services.entries {
            edges[entry.name] = entry.value.mapping?["depends_on"]?.mapping?.keys ?? []
            marks[entry.name] = entry.key.mark
        }
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var stack: [String] = []
        func visit(_ name: String) -> Bool {
            if state[name] == 2 { return true }
            if state[name] == 1 {
                let start = stack.firstIndex(of: name) ?? 0
                let cycle = stack[start...] + [name]
                diagnostics.error("dependency cycle detected: \(cycle.joined(separator: " -> "))", at: marks[name] ?? .none, service: name)
                return false
            }
            state[name] = 1
            stack.append(name)
            for next in edges[name] ?? [] where edges[next] != nil {
                if !visit(next) { return false }
            }
            stack.removeLast()
            state[name] = 2
            return true
        }
        for entry in services.entries where state[entry.name] == nil {
            if !visit(entry.name) { return }
        }
    }
}
