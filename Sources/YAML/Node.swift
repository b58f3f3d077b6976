/// One YAML node with its source mark. Aliases are already expanded and `<<` merge keys already
/// applied when a `Node` leaves this module; scalars stay raw text plus style, and each consumer
/// decides the type (see `Node.Scalar.resolved`), so an unquoted `22:22` is never a number.
package struct Node: Sendable, Hashable {
    package enum Content: Sendable, Hashable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping(Mapping)
    }

    package var content: Content
    package var mark: Mark
    /// The tag's id in `MarkFiles.tags`, 0 for none: 4 bytes instead of an optional string's 16.
    private var tagID: UInt32

    /// The explicit tag, if any (`!reset`, `!override`, `!!str`, ...), exactly as written after
    /// handle resolution (`tag:yaml.org,2002:str` for `!!str`).
    package var tag: String? {
        get { tagID == 0 ? nil : MarkFiles.tags.name(Int(tagID)) }
        set { tagID = newValue.map { UInt32(clamping: MarkFiles.tags.id($0)) } ?? 0 }
    }

    package init(_ content: Content, mark: Mark, tag: String? = nil) {
        self.content = content
        self.mark = mark
        self.tagID = tag.map { UInt32(clamping: MarkFiles.tags.id($0)) } ?? 0
    }

    package var scalar: Scalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    package var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    package var mapping: Mapping? {
        if case .mapping(let m) = content { return m }
        return nil
    }

    /// The scalar's text, whatever its style.
    package var text: String? { scalar?.text }

    /// True for `~`, `null`, `Null`, `NULL` and an empty plain scalar.
    package var isNull: Bool { scalar?.isNull ?? false }

    package var isReset: Bool { tag == "!reset" }
    package var isOverride: Bool { tag == "!override" }
}

extension Node {
    /// A plain string scalar, for values the loader synthesises.
    package static func string(_ text: String, mark: Mark = .none, style: Node.Scalar.Style = .doubleQuoted) -> Node {
        Node(.scalar(Scalar(text, style: style)), mark: mark)
    }

    package static func null(mark: Mark = .none) -> Node {
        Node(.scalar(Scalar("null", style: .plain)), mark: mark)
    }

    package static func mapping(_ pairs: [(String, Node)], mark: Mark = .none) -> Node {
        Node(.mapping(Mapping(pairs.map { (Node.string($0.0, mark: $0.1.mark, style: .plain), $0.1) })), mark: mark)
    }

    package static func sequence(_ items: [Node], mark: Mark = .none) -> Node {
        Node(.sequence(items), mark: mark)
    }
}
