/// One YAML document: its root node and what the composer noticed while building it, so the
/// loader can skip whole-tree walks that would find nothing. A `false` fact is a guarantee; a
/// `true` one only says the walk is worth doing.
package struct Document: Sendable {
    package var root: Node
    /// Some node carries an explicit tag (`!reset`, `!override`, `!!str`, ...).
    package var hasTags: Bool
    /// Some mapping key is a collection, or a plain scalar that is not a string under the core
    /// schema (`1:`, `true:`, `~:`).
    package var hasNonStringKeys: Bool
    /// Some scalar contains `$`, so interpolation may change something.
    package var hasDollars: Bool

    package init(root: Node, hasTags: Bool = true, hasNonStringKeys: Bool = true, hasDollars: Bool = true) {
        self.root = root
        self.hasTags = hasTags
        self.hasNonStringKeys = hasNonStringKeys
        self.hasDollars = hasDollars
    }
}

extension Node.Scalar {
    /// Whether this scalar, used as a mapping key, is a string under the core schema. Most keys
    /// start with a letter that no null, bool or number starts with: those skip resolution.
    package var isStringKey: Bool {
        guard style == .plain else { return true }
        guard let first = text.utf8.first else { return false }
        let letter = (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) || first == 0x5F
        if letter && !"tTfFnN".utf8.contains(first) { return true }
        if case .string = resolved { return true }
        return false
    }
}
