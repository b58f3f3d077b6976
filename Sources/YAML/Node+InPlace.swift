extension Node {
    /// Runs `body` on this node's mapping in place; does nothing for other kinds. The mapping is
    /// moved out of `content` first, so the entries are mutated without a copy-on-write copy.
    package mutating func modifyMapping(_ body: (inout Mapping) throws -> Void) rethrows {
        guard case .mapping(var mapping) = content else { return }
        content = Self.placeholder
        defer { content = .mapping(mapping) }
        try body(&mapping)
    }

    /// Runs `body` on this node's sequence items in place; does nothing for other kinds.
    package mutating func modifySequence(_ body: (inout [Node]) throws -> Void) rethrows {
        guard case .sequence(var items) = content else { return }
        content = Self.placeholder
        defer { content = .sequence(items) }
        try body(&items)
    }

    /// Content parked in a node while its real content is being mutated (no allocation).
    private static var placeholder: Content { .scalar(Scalar("", style: .plain)) }
}
