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

    /// Rewrites `node` into its mapping form in place; `issues` receives messages for
    /// malformed items. A scalar stays as it is.
    static func canonicalize(_ node: inout Node, flavor: Flavor, issues: inout [(String, Mark)]) {
        switch node.content {
        case .mapping:
            node.modifyMapping { mapping in
                for index in mapping.entries.indices {
                    canonicalizeValue(&mapping.entries[index].value, flavor: flavor)
                }
            }
        case .sequence(let items):
            var result = Node.Mapping()
            result.entries.reserveCapacity(items.count)
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
            node.content = .mapping(result)
        case .scalar:
            break
        }
    }

    /// `KEY=VALUE` split at the first `=`; nil value when there is no `=`. Searched as UTF-8
    /// bytes, as Go does (and without walking graphemes).
    static func split(_ text: String) -> (String, String?) {
        let utf8 = text.utf8
        guard let equals = utf8.firstIndex(of: UInt8(ascii: "=")) else { return (text, nil) }
        return (String(Substring(utf8[..<equals])), String(Substring(utf8[utf8.index(after: equals)...])))
    }

    /// A mapping value as a quoted string; null stays null for `.nullable` and becomes `""`
    /// for `.strings`; collections are left for the schema to report.
    private static func canonicalizeValue(_ node: inout Node, flavor: Flavor) {
        guard case .scalar(let scalar) = node.content else { return }
        if scalar.isNull {
            if flavor == .strings { node.content = .string("") }
            return
        }
        guard let text = GoText.string(of: node) else { return }
        node.content = .string(text)
    }
}
