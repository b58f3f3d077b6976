/// Builds `Node` trees from parse events: expands aliases within a budget, bounds nesting depth,
/// and (in `Composer+Mapping.swift`) applies merge keys and rejects duplicate keys.
struct Composer {
    /// A composed node with its height (collections nested inside it, itself included).
    struct Composed {
        var node: Node
        var height: Int
    }

    /// An anchored node with what expanding it costs: its node count and its height.
    private struct Anchored {
        var node: Node
        var count: Int
        var height: Int
    }

    let reader: EventReader
    let limits: YAMLParser.Limits
    private var anchors: [String: Anchored] = [:]
    /// Anchors whose node is still being composed, to name a self-reference as such.
    private var open: [String] = []
    /// Nodes built so far, expansions included; an anchor's cost is the difference across it.
    var produced = 0
    /// Nodes produced by alias expansion across the whole file.
    private var expanded = 0
    /// Facts about the document being composed (see `Document`); aliases need no update since
    /// what they copy was composed, and noticed, earlier in the same document.
    var facts = Document(root: .null(), hasTags: false, hasNonStringKeys: false, hasDollars: false)

    init(reader: EventReader, limits: YAMLParser.Limits) {
        self.reader = reader
        self.limits = limits
    }

    /// Every document of the stream, with its facts.
    mutating func documents() throws(YAMLError) -> [Document] {
        var documents: [Document] = []
        while true {
            switch try reader.next() {
            case .streamEnd:
                return documents
            case .documentStart:
                anchors = [:]  // anchors are scoped to their document
                facts = Document(root: .null(), hasTags: false, hasNonStringKeys: false, hasDollars: false)
                facts.root = try compose(try reader.next(), depth: 0).node
                documents.append(facts)
            default:
                continue  // stream start and document end carry nothing
            }
        }
    }

    /// Composes the node that starts with `event`; `depth` is the number of enclosing collections.
    mutating func compose(_ event: Event, depth: Int) throws(YAMLError) -> Composed {
        switch event {
        case .alias(let name, let mark):
            return try alias(name, at: mark, depth: depth)
        case .scalar(let scalar, let properties):
            produced += 1
            if properties.tag != nil { facts.hasTags = true }
            if !facts.hasDollars, scalar.text.utf8.contains(UInt8(ascii: "$")) { facts.hasDollars = true }
            let composed = Composed(node: Node(.scalar(scalar), mark: properties.mark, tag: properties.tag), height: 0)
            remember(composed, as: properties.anchor, startingAt: produced - 1)
            return composed
        case .sequenceStart(let properties):
            let start = produced
            if let anchor = properties.anchor { open.append(anchor) }
            let composed = try sequence(properties, depth: depth)
            if properties.anchor != nil { open.removeLast() }
            remember(composed, as: properties.anchor, startingAt: start)
            return composed
        case .mappingStart(let properties):
            let start = produced
            if let anchor = properties.anchor { open.append(anchor) }
            let composed = try mapping(properties, depth: depth)
            if properties.anchor != nil { open.removeLast() }
            remember(composed, as: properties.anchor, startingAt: start)
            return composed
        default:
            // libyaml only emits node events here; anything else means a malformed stream.
            throw YAMLError("unexpected parser event", at: Mark(file: reader.file, line: 0, column: 0))
        }
    }

    /// Fails when a collection at `depth` would nest deeper than the limit.
    func checkDepth(_ depth: Int, at mark: Mark) throws(YAMLError) {
        if depth + 1 > limits.maxDepth {
            throw YAMLError("document nests deeper than \(limits.maxDepth) levels", at: mark)
        }
    }

    private mutating func sequence(_ properties: Event.Properties, depth: Int) throws(YAMLError) -> Composed {
        try checkDepth(depth, at: properties.mark)
        produced += 1
        if properties.tag != nil { facts.hasTags = true }
        var items: [Node] = []
        var height = 1
        while true {
            let event = try reader.next()
            if case .sequenceEnd = event { break }
            let item = try compose(event, depth: depth + 1)
            height = max(height, item.height + 1)
            items.append(item.node)
        }
        return Composed(node: Node(.sequence(items), mark: properties.mark, tag: properties.tag), height: height)
    }

    /// A copy of the anchored node; the copy's top node takes the alias's mark, so diagnostics
    /// point where the value is used, while its children keep the anchored marks.
    private mutating func alias(_ name: String, at mark: Mark, depth: Int) throws(YAMLError) -> Composed {
        guard let anchored = anchors[name] else {
            if open.contains(name) { throw YAMLError("anchor '\(name)' refers to itself", at: mark) }
            throw YAMLError("unknown anchor '\(name)' referenced", at: mark)
        }
        expanded += anchored.count
        produced += anchored.count
        if expanded > limits.maxExpandedNodes {
            throw YAMLError("document expands to too many nodes (billion laughs?)", at: mark)
        }
        if anchored.height > 0 {
            try checkDepth(depth + anchored.height - 1, at: mark)
        }
        var node = anchored.node
        node.mark = mark
        return Composed(node: node, height: anchored.height)
    }

    private mutating func remember(_ composed: Composed, as anchor: String?, startingAt start: Int) {
        guard let anchor else { return }
        anchors[anchor] = Anchored(node: composed.node, count: produced - start, height: composed.height)
    }
}
