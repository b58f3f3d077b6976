import YAML

/// Substitutes `${VAR}` in every string value of a document (never in keys, never in numbers,
/// booleans or nulls), reporting errors with the value's dotted path as Compose does.
struct TreeInterpolator {
    let lookup: (String) -> String?
    /// Variables that were unset, in first-seen order with the mark of their first use.
    private(set) var unset: [(name: String, mark: Mark)] = []
    private var seenUnset: Set<String> = []
    private(set) var diagnostics = Diagnostics()
    private var path: [String] = []

    init(lookup: @escaping (String) -> String?) {
        self.lookup = lookup
    }

    /// `node` with every string scalar interpolated; errors land in `diagnostics`.
    mutating func interpolate(_ node: Node) -> Node {
        substituted(node) ?? node
    }

    /// The interpolated node, or nil when nothing in it changes (most of a file): unchanged
    /// subtrees are shared, not copied.
    private mutating func substituted(_ node: Node) -> Node? {
        switch node.content {
        case .scalar(let scalar):
            guard Self.hasDollar(scalar.text) else { return nil }
            return interpolateScalar(node, scalar)
        case .sequence(let items):
            var result: [Node]?
            path.append("[]")
            for i in items.indices {
                if let changed = substituted(items[i]) {
                    if result == nil { result = items }
                    result?[i] = changed
                }
            }
            path.removeLast()
            return result.map { Node(.sequence($0), mark: node.mark, tag: node.tag) }
        case .mapping(let mapping):
            var result: Node.Mapping?
            for i in mapping.entries.indices {
                path.append(mapping.entries[i].name)
                if let changed = substituted(mapping.entries[i].value) {
                    if result == nil { result = mapping }
                    result?.entries[i].value = changed
                }
                path.removeLast()
            }
            return result.map { Node(.mapping($0), mark: node.mark, tag: node.tag) }
        }
    }

    /// Whether `text` contains `$`, scanned as one contiguous buffer (most scalars do not).
    private static func hasDollar(_ text: String) -> Bool {
        let dollar = UInt8(ascii: "$")
        return text.utf8.withContiguousStorageIfAvailable { $0.contains(dollar) } ?? text.utf8.contains(dollar)
    }

    private mutating func interpolateScalar(_ node: Node, _ scalar: Node.Scalar) -> Node {
        guard scalar.text.utf8.contains(UInt8(ascii: "$")) else { return node }
        guard case .string? = node.resolved else { return node }
        let result: Interpolation.Result
        do {
            result = try Interpolation.substitute(scalar.text, lookup: lookup)
        } catch {
            diagnostics.error(Self.message(for: error, path: path.joined(separator: "."), text: scalar.text), at: node.mark)
            return node
        }
        for name in result.unsetVariables where !seenUnset.contains(name) {
            seenUnset.insert(name)
            unset.append((name, node.mark))
        }
        // The substituted value is a string even when it reads like a number (`${PORT}` → "8080").
        return Node(.scalar(.init(result.value, style: .doubleQuoted)), mark: node.mark, tag: node.tag)
    }

    /// Compose's wording: the error names the value's dotted path.
    static func message(for error: InterpolationError, path: String, text: String) -> String {
        error.message(path: path)
    }
}
