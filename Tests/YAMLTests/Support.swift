@testable import YAML

/// Parses an inline YAML literal as `test.yaml`.
func parse(_ text: String, limits: YAMLParser.Limits = YAMLParser.Limits()) throws(YAMLError) -> [Node] {
    try YAMLParser.parse(Array(text.utf8), file: "test.yaml", limits: limits)
}

/// Parses a one-document literal and returns its root.
func root(_ text: String) throws -> Node {
    let documents = try parse(text)
    guard documents.count == 1, let first = documents.first else {
        throw YAMLError("expected one document, got \(documents.count)", at: .none)
    }
    return first
}

/// The error `text` fails with, rendered as `file:line:column: error: message`, or nil.
func failure(_ text: String, limits: YAMLParser.Limits = YAMLParser.Limits()) -> String? {
    failure(bytes: Array(text.utf8), limits: limits)
}

func failure(bytes: [UInt8], limits: YAMLParser.Limits = YAMLParser.Limits()) -> String? {
    do {
        _ = try YAMLParser.parse(bytes, file: "test.yaml", limits: limits)
        return nil
    } catch {
        return error.description
    }
}

extension Node {
    /// `line:column` of the node, for compact mark assertions.
    var at: String { "\(mark.line):\(mark.column)" }

    /// The value under `key` in a mapping node.
    subscript(key: String) -> Node? { mapping?[key] }

    /// The item at `index` of a sequence node.
    subscript(index: Int) -> Node? {
        guard let items = sequence, items.indices.contains(index) else { return nil }
        return items[index]
    }
}
