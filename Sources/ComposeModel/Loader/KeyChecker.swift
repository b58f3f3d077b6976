import YAML

/// Compose only accepts string keys: `1:` or `true:` anywhere is an error naming the path.
enum KeyChecker {
    struct Problem {
        var message: String
        var mark: Mark
    }

    static func firstNonStringKey(_ node: Node) -> Problem? {
        // A quick walk first; the path is only tracked when there is something to report.
        guard hasNonStringKey(node) else { return nil }
        var path: [String] = []
        return check(node, path: &path)
    }

    private static func hasNonStringKey(_ node: Node) -> Bool {
        switch node.content {
        case .scalar: return false
        case .sequence(let items): return items.contains(where: hasNonStringKey)
        case .mapping(let mapping):
            return mapping.entries.contains { entry in
                guard let scalar = entry.key.scalar, scalar.isStringKey else { return true }
                return hasNonStringKey(entry.value)
            }
        }
    }

    private static func check(_ node: Node, path: inout [String]) -> Problem? {
        switch node.content {
        case .scalar:
            return nil
        case .sequence(let items):
            for (i, item) in items.enumerated() {
                path.append("[\(i)]")
                defer { path.removeLast() }
                if let problem = check(item, path: &path) { return problem }
            }
            return nil
        case .mapping(let mapping):
            for entry in mapping.entries {
                if let scalar = entry.key.scalar, scalar.isStringKey {
                    path.append(entry.name)
                    defer { path.removeLast() }
                    if let problem = check(entry.value, path: &path) { return problem }
                    continue
                }
                let location = path.isEmpty ? "at top level" : "in \(path.joined(separator: "."))"
                return Problem(message: "non-string key \(location): \(entry.key.text ?? "<collection>")", mark: entry.key.mark)
            }
            return nil
        }
    }
}
