import YAML

/// Renders a loaded project tree as `docker compose config` prints it.
package enum ConfigRenderer {
    /// JSON as `config --format json` prints it: two-space indentation, sorted keys, Go's string
    /// escaping (`<` → `\u003c`), nested `x-*` extensions and `models` left out, and every `$`
    /// written as `$$` unless `escapeDollars` is false (`--no-interpolate`).
    package static func json(_ tree: Node, escapeDollars: Bool = true) -> String {
        var writer = JSONWriter(escapeDollars: escapeDollars)
        writer.writeDocument(tree)
        return writer.out.string
    }

    /// YAML as `config` prints it by default: block style, sorted keys, extensions kept.
    package static func yaml(_ tree: Node, escapeDollars: Bool = true) -> String {
        var writer = YAMLWriter(escapeDollars: escapeDollars)
        writer.writeDocument(tree)
        return writer.out.string
    }

    /// Go's string order: byte-wise.
    static func precedes(_ a: String, _ b: String) -> Bool {
        // Compared over contiguous buffers: the generic sequence comparison costs more per byte.
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                for i in 0..<min(x.count, y.count) where x[i] != y[i] { return x[i] < y[i] }
                return x.count < y.count
            }
        }
    }
}
