import YAML

/// One canonicalisation run over a document: holds the options and the problems found so far.
/// The per-section work lives in the `CanonicalPass+*.swift` extensions.
struct CanonicalPass {
    let options: CanonicalOptions
    var diagnostics = Diagnostics()

    init(options: CanonicalOptions) {
        self.options = options
    }

    /// Canonicalises every section of a type-cast document.
    mutating func document(_ document: Node) -> Node {
        guard var top = document.mapping else { return document }
        for index in top.entries.indices {
            let section = top.entries[index].name
            let value = top.entries[index].value
            switch section {
            case "services":
                top.entries[index].value = eachEntry(of: value) { pass, name, node in pass.service(node, name: name) }
            case "networks", "volumes", "secrets", "configs":
                top.entries[index].value = eachEntry(of: value) { pass, name, node in pass.resource(node, section: section, name: name) }
            case "include":
                top.entries[index].value = include(value)
            default:
                break
            }
        }
        var result = document
        result.content = .mapping(top)
        return result
    }

    /// Applies `transform` to each value of a mapping node, keeping keys and marks.
    mutating func eachEntry(of node: Node, _ transform: (inout CanonicalPass, String, Node) -> Node) -> Node {
        guard var mapping = node.mapping else { return node }
        for index in mapping.entries.indices {
            mapping.entries[index].value = transform(&self, mapping.entries[index].name, mapping.entries[index].value)
        }
        var result = node
        result.content = .mapping(mapping)
        return result
    }

    /// Applies `transform` to each item of a sequence node.
    mutating func eachItem(of node: Node, _ transform: (inout CanonicalPass, Node) -> Node) -> Node {
        guard var items = node.sequence else { return node }
        for index in items.indices {
            items[index] = transform(&self, items[index])
        }
        var result = node
        result.content = .sequence(items)
        return result
    }

    /// Like `eachItem`, also passing each item's decode path (`path[index]`).
    mutating func eachItem(of node: Node, path: String, _ transform: (inout CanonicalPass, Node, String) -> Node) -> Node {
        guard var items = node.sequence else { return node }
        for index in items.indices {
            items[index] = transform(&self, items[index], "\(path)[\(index)]")
        }
        var result = node
        result.content = .sequence(items)
        return result
    }

    /// Records an error at `node`'s position.
    mutating func error(_ message: String, at node: Node) {
        diagnostics.error(message, at: node.mark)
    }
}

extension Node {
    /// This node's content under `other`'s mark and tag: a rewritten value stays where it was
    /// written and keeps its `!reset`/`!override`.
    func replacing(_ other: Node) -> Node {
        Node(content, mark: other.mark, tag: other.tag)
    }

    /// A plain scalar for numbers and booleans the canonical form synthesises.
    static func plain(_ text: String, mark: Mark) -> Node {
        Node(.scalar(Scalar(text, style: .plain)), mark: mark)
    }

    /// A plain boolean scalar.
    static func bool(_ value: Bool, mark: Mark) -> Node {
        plain(value ? "true" : "false", mark: mark)
    }

    /// A plain integer scalar.
    static func int(_ value: Int, mark: Mark) -> Node {
        plain(String(value), mark: mark)
    }

    /// A mapping whose synthesised keys carry `mark` too.
    static func object(_ pairs: [(String, Node)], mark: Mark) -> Node {
        // Entries built directly: going through (key, value) tuples copies every node twice.
        var entries: [Mapping.Entry] = []
        entries.reserveCapacity(pairs.count)
        for (name, value) in pairs {
            entries.append(Mapping.Entry(key: .string(name, mark: mark, style: .plain), value: value))
        }
        return Node(.mapping(Mapping(entries)), mark: mark)
    }

    /// The string value of a string scalar (after tag resolution), nil otherwise.
    var stringScalar: String? {
        guard let scalar, case .string(let text) = scalar.resolved(tag: tag) else { return nil }
        return text
    }
}
