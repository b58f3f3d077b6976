import YAML

/// A hand-written JSON emitter over bytes: the `config --format json` hot path for thousands of
/// services, so no Foundation serialisation and no intermediate values.
struct JSONWriter: ~Copyable {
    var out = OutputBytes()
    let escapeDollars: Bool
    /// No newlines or indentation, no space after `:` (Go's `json.Marshal` rather than `MarshalIndent`).
    var compact = false
    private var order = KeyOrder()
    /// A newline and the deepest indentation needed so far; `newline` copies a prefix of it.
    private var indentation: [UInt8] = [0x0A]

    init(escapeDollars: Bool) {
        self.escapeDollars = escapeDollars
    }

    /// Writes a whole document: top-level `x-*` keys are kept and `models` is left out.
    mutating func writeDocument(_ node: Node) {
        switch node.content {
        case .scalar(let scalar): writeScalar(scalar, tag: node.tag)
        case .sequence(let items): writeSequence(items, depth: 0, context: .properties)
        case .mapping(let mapping): writeMapping(mapping.entries, depth: 0, context: .properties)
        }
    }

    // The walk switches on each child where it sits in its parent's array: passing the child
    // as a `Node` would copy it (a retain per node) first.

    /// Writes a service's mapping as Go's `json.Marshal` writes compose-go's `ServiceConfig`: fields in
    /// declaration order (`GoStructs`), nested `x-*` extensions left out.
    mutating func writeService(_ service: Node.Mapping) {
        writeMapping(service.entries, depth: 2, context: .properties, go: .structure("ServiceConfig"))
    }

    private mutating func writeSequence(_ items: [Node], depth: Int, context: Context, go: GoStructs.Kind? = nil) {
        guard !items.isEmpty else { return out.append("[]") }
        let itemContext: Context = context == .untaggedStructList ? .untaggedStruct : .properties
        let itemGo = GoStructs.element(of: go)
        out.append(UInt8(ascii: "["))
        for i in items.indices {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            newline(depth + 1)
            switch items[i].content {
            case .scalar(let scalar): writeScalar(scalar, tag: items[i].tag)
            case .sequence(let inner): writeSequence(inner, depth: depth + 1, context: itemContext)
            case .mapping(let mapping): writeMapping(mapping.entries, depth: depth + 1, context: itemContext, go: itemGo)
            }
        }
        newline(depth)
        out.append(UInt8(ascii: "]"))
    }

    private mutating func writeMapping(_ entries: [Node.Mapping.Entry], depth: Int, context: Context, go: GoStructs.Kind? = nil) {
        let keepExtensions = depth == 0 || context == .data || context == .extensionData
        let slots = go.map { kind in order.push(entries) { GoStructs.position($0, in: kind) } } ?? order.push(entries)
        defer { order.pop(slots) }
        var written = 0
        for position in slots {
            let slot = order[position]
            let name = KeyOrder.name(entries, slot.index)
            let isExtension = slot.hasExtensionPrefix && Self.isExtension(name)
            if depth == 0 ? name == "models" : isExtension && !keepExtensions { continue }
            out.append(written == 0 ? UInt8(ascii: "{") : UInt8(ascii: ","))
            written += 1
            newline(depth + 1)
            out.appendQuoted(context == .untaggedStruct ? Self.capitalized(name) : name, dollars: false)
            out.append(compact ? ":" : ": ")
            switch entries[slot.index].value.content {
            case .scalar(let scalar):
                writeScalar(scalar, tag: entries[slot.index].value.tag)
            // Empty collections print as themselves whatever their key: no context to work out.
            case .sequence where slot.valueCount == 0:
                out.append("[]")
            case .mapping where slot.valueCount == 0:
                out.append("{}")
            case .sequence(let items):
                writeSequence(
                    items, depth: depth + 1, context: Self.childContext(name, slot, isExtension, depth, context),
                    go: GoStructs.field(name, of: go))
            case .mapping(let mapping):
                let childGo = if case .map = go { GoStructs.element(of: go) } else { GoStructs.field(name, of: go) }
                writeMapping(
                    mapping.entries, depth: depth + 1, context: Self.childContext(name, slot, isExtension, depth, context),
                    go: childGo)
            }
        }
        guard written > 0 else { return out.append("{}") }
        newline(depth)
        out.append(UInt8(ascii: "}"))
    }

    /// The context of the collection under `name` in a mapping written in `context` at `depth`.
    private static func childContext(
        _ name: String, _ slot: KeyOrder.Slot, _ isExtension: Bool, _ depth: Int, _ context: Context
    ) -> Context {
        context == .extensionData || (depth == 0 && isExtension) ? .extensionData : Context(key: name, prefix: slot.prefix)
    }

    /// `name.hasPrefix("x-")` for a name whose first two bytes are `x-`: a character-wise check,
    /// needed only when a non-ASCII byte follows (a combining mark makes `-` another character).
    private static func isExtension(_ name: String) -> Bool {
        let third = name.utf8.dropFirst(2).first ?? 0
        return third < 0x80 || name.hasPrefix("x-")
    }

    /// Go structs without json tags (blkio throttle and weight devices) print capitalised keys.
    static func capitalized(_ key: String) -> String {
        key.prefix(1).uppercased() + key.dropFirst()
    }

    private mutating func newline(_ depth: Int) {
        guard !compact else { return }
        let count = 1 + 2 * depth
        if indentation.count < count {
            indentation.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count - indentation.count))
        }
        indentation.withUnsafeBufferPointer { out.append(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }
}
