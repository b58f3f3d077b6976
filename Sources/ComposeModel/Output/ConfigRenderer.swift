import YAML

/// Renders a loaded project tree as `docker compose config` prints it.
package enum ConfigRenderer {
    /// JSON as `config --format json` prints it: two-space indentation, sorted keys, Go's string
    /// escaping (`<` → `\u003c`), nested `x-*` extensions and `models` left out, and every `$`
    /// written as `$$` unless `escapeDollars` is false (`--no-interpolate`).
    package static func json(_ tree: Node, escapeDollars: Bool = true) -> String {
        var writer = JSONWriter(escapeDollars: escapeDollars)
        writer.write(tree, depth: 0, parent: nil)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// YAML as `config` prints it by default: block style, sorted keys, extensions kept.
    package static func yaml(_ tree: Node, escapeDollars: Bool = true) -> String {
        var writer = YAMLWriter(escapeDollars: escapeDollars)
        writer.writeDocument(tree)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Keys whose values are maps of user data or names, where an `x-` key is data, not an extension.
    static let dataMaps: Set<String> = [
        "services", "networks", "volumes", "secrets", "configs", "models", "depends_on", "environment", "labels",
        "annotations", "sysctls", "args", "additional_contexts", "ulimits", "options", "driver_opts", "storage_opt",
        "extra_hosts", "x-",
    ]

    /// The entries of `mapping` in Go's map order (byte-wise sorted keys).
    static func sortedEntries(_ mapping: Node.Mapping) -> [Node.Mapping.Entry] {
        let entries = mapping.entries
        var sorted = true
        for i in entries.indices.dropFirst() where !precedes(entries[i - 1].name, entries[i].name) {
            sorted = false
            break
        }
        if sorted { return entries }
        let names = entries.map(\.name)
        let order = names.indices.sorted { precedes(names[$0], names[$1]) }
        return order.map { entries[$0] }
    }

    /// The positions of `mapping`'s entries in Go's map order, without copying entries.
    static func sortedOrder(_ mapping: Node.Mapping) -> [Int] {
        let entries = mapping.entries
        var order = Array(entries.indices)
        for i in entries.indices.dropFirst() where !precedes(entries[i - 1].name, entries[i].name) {
            order.sort { precedes(entries[$0].name, entries[$1].name) }
            break
        }
        return order
    }

    /// Go's string order: byte-wise.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
