import YAML

/// One canonicalisation run over a document: holds the options and the problems found so far.
/// The per-section work lives in the `CanonicalPass+*.swift` extensions. Every step edits the
/// tree in place and changes only a node's content, so a rewritten value keeps the mark it was
/// written at and its `!reset`/`!override` tag. Decode paths for messages are closures, so the
/// strings are only built when a problem is reported.
struct CanonicalPass {
    let options: CanonicalOptions
    var diagnostics = Diagnostics()
    /// Go spellings of the durations parsed so far: a file repeats a few (`30s`, `10s`) in
    /// every service, and a lookup costs far less than parsing and printing again.
    var durationSpellings: [String: String] = [:]

    init(options: CanonicalOptions) {
        self.options = options
    }

    /// Canonicalises every section of a type-cast document in place.
    mutating func canonicalize(_ document: inout Node) {
        document.modifyMapping { top in
            for index in top.entries.indices {
                let section = top.entries[index].name
                switch section {
                case "services":
                    forEachValue(of: &top.entries[index].value) { pass, name, service in pass.service(&service, name: name) }
                case "networks", "volumes", "secrets", "configs":
                    forEachValue(of: &top.entries[index].value) { pass, name, resource in
                        pass.resource(&resource, section: section, name: name)
                    }
                case "include":
                    include(&top.entries[index].value)
                default:
                    break
                }
            }
        }
    }

    /// Runs `body` on each value of a mapping node, in place, with the value's key.
    mutating func forEachValue(of node: inout Node, _ body: (inout CanonicalPass, String, inout Node) -> Void) {
        node.modifyMapping { mapping in
            for index in mapping.entries.indices {
                let name = mapping.entries[index].name
                body(&self, name, &mapping.entries[index].value)
            }
        }
    }

    /// Like `forEachValue`, skipping null values (which canonicalisation always leaves alone).
    mutating func forEachField(of node: inout Node, _ body: (inout CanonicalPass, String, inout Node) -> Void) {
        node.modifyMapping { mapping in
            for index in mapping.entries.indices where !mapping.entries[index].value.isNull {
                let name = mapping.entries[index].name
                body(&self, name, &mapping.entries[index].value)
            }
        }
    }

    /// Runs `body` on each item of a sequence node, in place.
    mutating func forEachItem(of node: inout Node, _ body: (inout CanonicalPass, inout Node) -> Void) {
        node.modifySequence { items in
            for index in items.indices {
                body(&self, &items[index])
            }
        }
    }

    /// Like `forEachItem`, also passing each item's index (for its decode path, `path[index]`).
    mutating func forEachIndexedItem(of node: inout Node, _ body: (inout CanonicalPass, inout Node, Int) -> Void) {
        node.modifySequence { items in
            for index in items.indices {
                body(&self, &items[index], index)
            }
        }
    }

    /// Records an error at `node`'s position.
    mutating func error(_ message: String, at node: Node) {
        diagnostics.error(message, at: node.mark)
    }
}

extension Node {
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
        var mapping = Mapping()
        mapping.entries.reserveCapacity(pairs.count)
        for (name, value) in pairs {
            mapping.append(name, value, mark: mark)
        }
        return Node(.mapping(mapping), mark: mark)
    }

    /// The string value of a string scalar (after tag resolution), nil otherwise.
    var stringScalar: String? {
        guard let scalar, case .string(let text) = scalar.resolved(tag: tag) else { return nil }
        return text
    }
}

extension Node.Content {
    /// A double-quoted string scalar, the content `Node.string` makes.
    static func string(_ text: String) -> Node.Content {
        .scalar(Node.Scalar(text, style: .doubleQuoted))
    }
}

extension Node.Mapping {
    /// Appends an entry under a synthesised key carrying `mark`, without looking for an existing
    /// one: for mappings the canonical form builds from scratch.
    mutating func append(_ name: String, _ value: consuming Node, mark: Mark) {
        entries.append(Entry(key: .string(name, mark: mark, style: .plain), value: value))
    }

    /// Whether an entry is named `name`, without copying its value.
    func hasKey(_ name: String) -> Bool {
        index(of: name) != nil
    }

    /// Adds `value` under `name` (its key carrying the value's mark, as the subscript does)
    /// unless an entry has that name; the default is only built when it is added.
    mutating func setDefault(_ name: String, _ value: @autoclosure () -> Node) {
        guard !hasKey(name) else { return }
        let node = value()
        entries.append(Entry(key: .string(name, mark: node.mark, style: .plain), value: node))
    }
}
