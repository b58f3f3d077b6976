import YAML

/// Builders for the YAML trees the Kubernetes conversion emits: typed scalars (so `80` prints as a number
/// and `"80"` as a string) and mappings that leave out absent values.
enum KubernetesNode {
    static func string(_ text: String) -> Node { .string(text) }

    static func int(_ value: Int) -> Node { Node(.scalar(Node.Scalar(String(value), style: .plain)), mark: .none) }

    static func bool(_ value: Bool) -> Node { Node(.scalar(Node.Scalar(value ? "true" : "false", style: .plain)), mark: .none) }

    /// A mapping of the pairs whose value is present, in the given order.
    static func map(_ pairs: [(String, Node?)]) -> Node {
        .mapping(pairs.compactMap { key, value in value.map { (key, $0) } })
    }

    /// A mapping of strings, sorted by key; nil when empty.
    static func strings(_ values: [String: String]) -> Node? {
        values.isEmpty ? nil : .mapping(values.sorted { $0.key < $1.key }.map { ($0.key, string($0.value)) })
    }

    /// A sequence; nil when empty, so optional lists stay out of the manifest.
    static func list(_ items: [Node]) -> Node? { items.isEmpty ? nil : .sequence(items) }

    /// An object's `apiVersion`, `kind` and `metadata` followed by `body`.
    static func object(
        _ apiVersion: String, _ kind: String, name: String, namespace: String, labels: [String: String],
        _ body: [(String, Node?)]
    ) -> Node {
        let metadata = map([("name", string(name)), ("namespace", string(namespace)), ("labels", strings(labels))])
        return map([("apiVersion", string(apiVersion)), ("kind", string(kind)), ("metadata", metadata)] + body)
    }
}
