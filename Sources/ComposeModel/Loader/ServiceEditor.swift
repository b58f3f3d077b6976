import YAML

/// In-place edits of the `services` (or another top-level section) mapping of a tree.
enum ServiceEditor {
    /// `tree` with `edit` applied to every service that is a mapping.
    static func editServices(_ tree: Node, _ edit: (String, inout Node.Mapping) -> Void) -> Node {
        var tree = tree
        editServices(in: &tree, edit)
        return tree
    }

    /// Applies `edit` to every service of `tree` that is a mapping, in place.
    static func editServices(in tree: inout Node, _ edit: (String, inout Node.Mapping) -> Void) {
        editSection("services", in: &tree) { name, node in
            node.modifyMapping { edit(name, &$0) }
        }
    }

    /// Applies `edit` to every entry of the top-level `section` of `tree`, in place; the section
    /// and the tree are left alone when they are not mappings.
    static func editSection(_ section: String, in tree: inout Node, _ edit: (String, inout Node) -> Void) {
        tree.modifyMapping { root in
            guard let i = root.index(of: section) else { return }
            root.entries[i].value.modifyMapping { entries in
                for j in entries.entries.indices { edit(entries.entries[j].name, &entries.entries[j].value) }
            }
        }
    }
}
