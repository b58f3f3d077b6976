import YAML

/// The list-or-mapping fields (`environment`, `labels`, `build.args`, `sysctls`, ...) turned into
/// one mapping of strings, the way compose-go's `MappingWithEquals`, `Labels` and `Mapping` decode.
enum KeyValues {
    enum Flavor {
        /// `environment`, `build.args`: a bare `KEY` is null, keys may not end in a space.
        case nullable
        /// `labels`, `annotations`, `sysctls`, ...: a bare `KEY` or a null value is `""`.
        case strings
    }

    /// The mapping form of `node`; `issues` receives messages for malformed items.
    static func mapping(_ node: Node, flavor: Flavor, issues: inout [(String, Mark)]) -> Node {
        switch node.content {
        case .mapping(let mapping):
            var entries = mapping.entries
            for index in entries.indices {
                entries[index].value = value(entries[index].value, flavor: flavor)
            }
            return Node(.mapping(Node.Mapping(entries)), mark: node.mark, tag: node.tag)
        case .sequence(let items):
            var result = Node.Mapping()
            for item in items {
                guard let text = GoText.string(of: item) else { continue }
                let (key, rest) = split(text)
                if flavor == .nullable, let last = key.unicodeScalars.last, last.properties.isWhitespace {
                    issues.append(("environment variable \(key) is declared with a trailing space", item.mark))
                }
                let value: Node = switch (rest, flavor) {
                case (nil, .nullable): .null(mark: item.mark)
                case (nil, .strings): .string("", mark: item.mark)
                case (let rest?, _): .string(rest, mark: item.mark)
                }
                result[key] = nil
                result.entries.append(.init(key: .string(key, mark: item.mark, style: .plain), value: value))
            }
            return Node(.mapping(result), mark: node.mark, tag: node.tag)
        case .scalar:
            return node
        }
    }

    /// `KEY=VALUE` split at the first `=`; nil value when there is no `=`. Searched as UTF-8
    /// bytes, as Go does (and without walking graphemes).
    static func split(_ text: String) -> (String, String?) {
        let utf8 = text.utf8
        guard let equals = utf8.firstIndex(of: UInt8(ascii: "=")) else { return (text, nil) }
        return (String(Substring(utf8[..<equals])), String(Substring(utf8[utf8.index(after: equals)...])))
    }

    private static func value(_ node: Node, flavor: Flavor) -> Node {
        if node.isNull || node.scalar == nil {
            guard flavor == .strings, node.scalar != nil else { return node }
            return Node(.scalar(.init("", style: .doubleQuoted)), mark: node.mark, tag: node.tag)
        }
        guard let text = GoText.string(of: node) else { return node }
        return Node(.scalar(.init(text, style: .doubleQuoted)), mark: node.mark, tag: node.tag)
    }
}
