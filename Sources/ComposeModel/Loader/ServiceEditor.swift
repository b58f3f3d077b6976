import YAML

/// In-place edits of the `services` (or another top-level section) mapping of a tree.
enum ServiceEditor {
    /// `tree` with `edit` applied to every service that is a mapping.
    static func editServices(_ tree: Node, _ edit: (String, inout Node.Mapping) -> Void) -> Node {
        editSection("services", of: tree) { name, node in
            guard var mapping = node.mapping else { return }
            edit(name, &mapping)
            node.content = .mapping(mapping)
        }
    }

    /// `tree` with `edit` applied to every entry of the top-level `section`.
    static func editSection(_ section: String, of tree: Node, _ edit: (String, inout Node) -> Void) -> Node {
        guard var root = tree.mapping, let i = root.index(of: section), var entries = root.entries[i].value.mapping
        else { return tree }
        for j in entries.entries.indices { edit(entries.entries[j].name, &entries.entries[j].value) }
        root.entries[i].value.content = .mapping(entries)
        return Node(.mapping(root), mark: tree.mark, tag: tree.tag)
    }
}
