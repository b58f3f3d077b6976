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

    /// Interpolates every string scalar of `node` in place; errors land in `diagnostics`. A
    /// read-only walk finds the scalars holding `$` first, so a tree the caller owns alone is
    /// edited only along their paths, with no container copied.
    mutating func interpolate(_ node: inout Node) {
        var positions: [[Int]] = []
        var trail: [Int] = []
        Self.collect(node, trail: &trail, into: &positions)
        for position in positions { substitute(&node, along: position[...]) }
    }

    /// The child positions, from `node`, of every value scalar containing `$`, in document order.
    private static func collect(_ node: Node, trail: inout [Int], into positions: inout [[Int]]) {
        switch node.content {
        case .scalar(let scalar):
            if hasDollar(scalar.text) { positions.append(trail) }
        case .sequence(let items):
            for i in items.indices {
                trail.append(i)
                collect(items[i], trail: &trail, into: &positions)
                trail.removeLast()
            }
        case .mapping(let mapping):
            for i in mapping.entries.indices {
                trail.append(i)
                collect(mapping.entries[i].value, trail: &trail, into: &positions)
                trail.removeLast()
            }
        }
    }

    /// Interpolates the scalar at `position` below `node`, naming each step in `path` for errors.
    private mutating func substitute(_ node: inout Node, along position: ArraySlice<Int>) {
        guard let index = position.first else {
            if case .scalar(let scalar) = node.content { node = interpolateScalar(node, scalar) }
            return
        }
        let rest = position.dropFirst()
        // The name is read before editing: a binding held across the edit would force a copy.
        guard let name = Self.childName(node, index) else { return }
        path.append(name)
        defer { path.removeLast() }
        if case .sequence = node.content {
            node.modifySequence { items in substitute(&items[index], along: rest) }
        } else {
            node.modifyMapping { mapping in substitute(&mapping.entries[index].value, along: rest) }
        }
    }

    /// How an error path names `node`'s child at `index` (`[]` for sequence items).
    private static func childName(_ node: Node, _ index: Int) -> String? {
        switch node.content {
        case .scalar: return nil
        case .sequence(let items): return items.indices.contains(index) ? "[]" : nil
        case .mapping(let mapping): return mapping.entries.indices.contains(index) ? mapping.entries[index].name : nil
        }
    }

    /// Whether `text` contains `$`, scanned as one contiguous buffer (most scalars do not).
    private static func hasDollar(_ text: String) -> Bool {
        let dollar = UInt8(ascii: "$")
        return text.utf8.withContiguousStorageIfAvailable { $0.contains(dollar) } ?? text.utf8.contains(dollar)
    }

    /// `node` with `scalar` (a value found holding `$`) interpolated, when it is a string.
    private mutating func interpolateScalar(_ node: Node, _ scalar: Node.Scalar) -> Node {
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
