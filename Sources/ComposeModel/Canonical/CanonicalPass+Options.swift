import YAML

extension CanonicalPass {
    /// A list-or-mapping field as a mapping (see `KeyValues`); problems are reported as they are.
    mutating func keyValues(_ node: inout Node, flavor: KeyValues.Flavor) {
        var issues: [(String, Mark)] = []
        KeyValues.canonicalize(&node, flavor: flavor, issues: &issues)
        for (message, mark) in issues { diagnostics.error(message, at: mark) }
    }

    /// A list-or-mapping field as a mapping; `path` (compose's decode path) prefixes problems.
    mutating func keyValues(_ node: inout Node, flavor: KeyValues.Flavor, path: () -> String) {
        var issues: [(String, Mark)] = []
        KeyValues.canonicalize(&node, flavor: flavor, issues: &issues)
        for (message, mark) in issues { diagnostics.error("'\(path())' \(message)", at: mark) }
    }

    /// A mapping field whose `field` entry holds string options (`logging.options`, `driver_opts`).
    mutating func optionsToStrings(_ node: inout Node, field: String) {
        node.modifyMapping { mapping in
            guard let index = mapping.index(of: field), case .mapping = mapping.entries[index].value.content else { return }
            keyValues(&mapping.entries[index].value, flavor: .strings)
        }
    }

    /// `provider.options`: every value becomes a list of strings (compose's `MultiOptions`).
    func providerOptions(_ node: inout Node) {
        node.modifyMapping { mapping in
            guard let index = mapping.index(of: "options") else { return }
            mapping.entries[index].value.modifyMapping { entries in
                for index in entries.entries.indices {
                    let value = entries.entries[index].value
                    let items = value.sequence ?? [value]
                    let strings = items.compactMap { item in GoText.string(of: item).map { Node.string($0, mark: item.mark) } }
                    entries.entries[index].value.content = .sequence(strings)
                }
            }
        }
    }

    /// Makes a path string absolute against the base directory (`~` expanded).
    func absolutePath(_ node: inout Node) {
        guard let text = node.stringScalar else { return }
        node.content = .string(HostPath.absolute(text, base: options.baseDirectory, home: options.homeDirectory))
    }
}
