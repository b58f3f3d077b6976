import YAML

/// Compose only accepts string keys: `1:` or `true:` anywhere is an error naming the path.
enum KeyChecker {
    struct Problem {
        var message: String
        var mark: Mark
    }

    static func firstNonStringKey(_ node: Node) -> Problem? {
        var path: [String] = []
        return check(node, path: &path)
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
                if let scalar = entry.key.scalar, !(scalar.style == .plain && !isString(scalar.resolved)) {
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

    private static func isString(_ value: Node.Scalar.Resolved) -> Bool {
        if case .string = value { return true }
        return false
    }
}
