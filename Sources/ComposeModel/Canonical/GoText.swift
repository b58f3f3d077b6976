import YAML

/// How Go's `fmt.Sprint` writes the scalars go-yaml decoded: what a number or boolean becomes
/// when Compose turns it into a string (environment values, labels, build args, ...).
enum GoText {
    /// The string form of a scalar node; nil for null and for collections.
    static func string(of node: Node) -> String? {
        guard let scalar = node.scalar else { return nil }
        switch scalar.resolved(tag: node.tag) {
        case .null: return nil
        case .bool(let value): return GoFormat.bool(value)
        case .int(let value): return GoFormat.int(value)
        case .uint(let value): return GoFormat.uint(value)
        case .float(let value): return GoFormat.float(value)
        case .string(let value): return value
        }
    }
}
