import Testing
import YAML
@testable import ComposeModel

/// Parses YAML text and canonicalises it, and renders nodes as compact JSON with sorted keys
/// so expectations read like `docker compose config --format json` output.
enum CanonicalHarness {
    static let options = CanonicalOptions(baseDirectory: "/proj", homeDirectory: "/home/me")

    static func parse(_ yaml: String) throws -> Node {
        let documents = try YAMLParser.parse(Array(yaml.utf8), file: "compose.yaml")
        return try #require(documents.first)
    }

    static func canonical(_ yaml: String, isOverride: Bool = false) throws -> (Node, Diagnostics) {
        var diagnostics = Diagnostics()
        var options = options
        options.isOverride = isOverride
        let node = Canonicalizer.canonicalize(try parse(yaml), options: options, diagnostics: &diagnostics)
        return (node, diagnostics)
    }

    /// The canonical form of one service field written as `snippet` under `services.web`.
    static func serviceField(_ snippet: String) throws -> (String?, Diagnostics) {
        let indented = snippet.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        let (node, diagnostics) = try canonical("services:\n  web:\n    image: nginx\n\(indented)\n")
        let key = String(snippet.prefix { $0 != ":" })
        return (node.mapping?["services"]?.mapping?["web"]?.mapping?[key].map(json), diagnostics)
    }

    static func json(_ node: Node) -> String {
        switch node.content {
        case .mapping(let mapping):
            let pairs = mapping.entries.sorted { $0.name < $1.name }.map { "\(quoted($0.name)):\(json($0.value))" }
            return "{" + pairs.joined(separator: ",") + "}"
        case .sequence(let items):
            return "[" + items.map(json).joined(separator: ",") + "]"
        case .scalar(let scalar):
            switch scalar.resolved(tag: node.tag) {
            case .null: return "null"
            case .bool(let value): return value ? "true" : "false"
            case .int(let value): return String(value)
            case .uint(let value): return String(value)
            case .float(let value): return GoFormat.float(value)
            case .string(let text): return quoted(text)
            }
        }
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
