import YAML

/// Carries `!reset` across canonicalisation: Compose removes reset values from their own file
/// before validating it (compose-go `ResetProcessor`), then removes the same paths from what
/// earlier files built. `extract` takes the reset entries out and remembers their key paths;
/// `reinsert` puts a `!reset` marker back at each path of the canonical tree, for the merge.
enum ResetMarkers {
    /// `document` without `!reset` entries and items, and the key paths of the removed entries.
    static func extract(_ document: Node) -> (Node, [[String]]) {
        guard TagCleaner.needsCleaning(document) else { return (document, []) }
        var paths: [[String]] = []
        var path: [String] = []
        let cleaned = strip(document, path: &path, into: &paths)
        return (cleaned, paths)
    }

    private static func strip(_ node: Node, path: inout [String], into paths: inout [[String]]) -> Node {
        var result = node
        switch node.content {
        case .scalar:
            return node
        case .sequence(let items):
            result.content = .sequence(items.filter { !$0.isReset }.map { strip($0, path: &path, into: &paths) })
        case .mapping(var mapping):
            for entry in mapping.entries where entry.value.isReset { paths.append(path + [entry.name]) }
            mapping.entries.removeAll { $0.value.isReset }
            for i in mapping.entries.indices {
                path.append(mapping.entries[i].name)
                mapping.entries[i].value = strip(mapping.entries[i].value, path: &path, into: &paths)
                path.removeLast()
            }
            result.content = .mapping(mapping)
        }
        return result
    }

    /// `tree` with a `!reset` null at each of `paths`, creating the mappings on the way.
    static func reinsert(_ paths: [[String]], into tree: Node) -> Node {
        var result = tree
        for path in paths { mark(&result, path[...]) }
        return result
    }

    private static func mark(_ node: inout Node, _ path: ArraySlice<String>) {
        guard let key = path.first else { return }
        var mapping = node.mapping ?? Node.Mapping()
        if path.count == 1 {
            mapping[key] = Node(.scalar(.init("", style: .plain)), mark: node.mark, tag: "!reset")
        } else {
            var child = mapping[key] ?? Node(.mapping(.init()), mark: node.mark)
            guard child.mapping != nil else { return }
            mark(&child, path.dropFirst())
            mapping[key] = child
        }
        node.content = .mapping(mapping)
    }
}
