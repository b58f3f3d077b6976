import YAML

/// Comparisons of canonical trees that ignore marks and quoting, as Go's `reflect.DeepEqual`
/// on decoded values does.
enum Canonical {
    static func equal(_ a: Node, _ b: Node) -> Bool {
        switch (a.content, b.content) {
        case (.scalar(let x), .scalar(let y)):
            return x.resolved == y.resolved
        case (.sequence(let x), .sequence(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.mapping(let x), .mapping(let y)):
            guard x.count == y.count else { return false }
            var other: [String: Node] = [:]
            for entry in y.entries { other[entry.name] = entry.value }
            return x.entries.allSatisfy { entry in other[entry.name].map { equal(entry.value, $0) } ?? false }
        default:
            return false
        }
    }
}
